using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// A list page over one view: where it lives, what it is called, which filters apply, how its query is
/// narrowed and ordered (<see cref="Configure"/>), the lead read from the database where it states a setting
/// (<see cref="LeadAsync"/>, else <see cref="Lead"/>), and optional sections before the table (from its rows, or a query of
/// their own) and after it. <see cref="Hidden"/> names the columns the page leaves out of its table (not of the downloads)
/// because they are the same on every row of it: the quarter of a quarter's list, the month of a month's.
/// </summary>
internal sealed record ListSpec(
    string Path,
    string Title,
    string Relation,
    string Lead,
    string MissingWhat,
    string MissingHow,
    FilterBar.Fields Filters,
    Action<PageContext, ViewQuery> Configure,
    Func<PageContext, string> Period,
    Func<PageContext, ResultTable, string>? Before = null,
    Func<PageContext, Task<string>>? AfterAsync = null,
    Func<PageContext, Task<string>>? BeforeAsync = null,
    Func<PageContext, Task<string>>? LeadAsync = null,
    Func<PageContext, ResultTable, IEnumerable<string>>? Hidden = null);
