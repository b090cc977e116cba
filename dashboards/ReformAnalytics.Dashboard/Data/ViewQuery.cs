using System.Globalization;
using System.Text;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Builds <c>SELECT * FROM view WHERE …</c> over a metric view with the page's filters, applying each filter
/// only where the view has the column. No metric is computed here: the views compute, the page selects.
/// Column names come from the catalog and are quoted; values are parameters.
/// </summary>
internal sealed class ViewQuery(RelationInfo relation)
{
    public static readonly string[] MonthColumns = ["report_month", "month", "as_of_month", "as_of", "status_month", "status_date"];

    private readonly List<string> _conditions = [];
    private readonly List<object?> _parameters = [];
    private string? _orderBy;
    private string _select = "*";
    private List<string> _selected = [];
    private string? _rowNumber;

    public RelationInfo Relation { get; } = relation;

    public IReadOnlyList<object?> Parameters => _parameters;

    /// <summary>Adds <c>column = value</c> when the view has the column; says whether it did.</summary>
    public bool Where(string column, object? value)
    {
        if (value is null || !Relation.HasColumn(column))
        {
            return false;
        }

        _parameters.Add(value);
        _conditions.Add($"{Quote(column)} = ${_parameters.Count}");
        return true;
    }

    /// <summary>Adds a condition written by the page (placeholders <c>{0}</c>, <c>{1}</c>… become parameters).</summary>
    public void WhereSql(string condition, params object?[] values)
    {
        var names = new object[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _parameters.Add(values[i]);
            names[i] = "$" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        }

        _conditions.Add(string.Format(CultureInfo.InvariantCulture, condition, names));
    }

    /// <summary>Keeps the rows of one report month, whichever month column the view has; says whether it could.</summary>
    public bool WhereMonth(ReportMonth? month)
    {
        if (month is not { } m || MonthColumn() is not { } column)
        {
            return false;
        }

        var type = Relation.Columns.First(c => c.Name == column).DataType;
        if (type.StartsWith("DATE", StringComparison.OrdinalIgnoreCase) || type.StartsWith("TIMESTAMP", StringComparison.OrdinalIgnoreCase))
        {
            _parameters.Add(m.FirstDay);
            _conditions.Add($"date_trunc('month', {Quote(column)}) = ${_parameters.Count}");
        }
        else
        {
            _parameters.Add(m.ToString());
            _conditions.Add($"CAST({Quote(column)} AS VARCHAR) LIKE ${_parameters.Count} || '%'");
        }

        return true;
    }

    public string? MonthColumn() => Relation.FirstColumn(MonthColumns);

    /// <summary>Applies ledger, group and unit filters (and the month when <paramref name="month"/> is given).</summary>
    public void Filter(Pages.PageFilter filter, ReportMonth? month)
    {
        ArgumentNullException.ThrowIfNull(filter);
        WhereMonth(month);
        Where("ledger", filter.Ledger);
        Where("special_group", filter.Group);
        if (filter.Unit is { } unit && Relation.FirstColumn("lead_unit", "unit") is { } unitColumn)
        {
            Where(unitColumn, unit);
        }
    }

    /// <summary>Orders by the first of the candidate columns the view has (each may end in " DESC").</summary>
    public void OrderBy(params string[] candidates)
    {
        var parts = new List<string>();
        foreach (var candidate in candidates)
        {
            var name = candidate.Split(' ', 2)[0];
            if (Relation.HasColumn(name))
            {
                parts.Add(Quote(name) + (candidate.EndsWith(" DESC", StringComparison.OrdinalIgnoreCase) ? " DESC NULLS LAST" : " NULLS LAST"));
            }
        }

        _orderBy = parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>
    /// Puts first a running number of the rows in the query's own order (1, 2, 3 …), named <paramref name="column"/>:
    /// a list's 序号, not the ledger's (seq_no). Only with an order; never in <see cref="CountSql"/>.
    /// </summary>
    public void NumberRows(string column) => _rowNumber = column;

    /// <summary>Orders by an expression the page writes (over column names it has checked).</summary>
    public void OrderByExpression(string expression) => _orderBy = expression;

    /// <summary>
    /// Selects these columns, in this order, leaving out those the view does not have. An item may rename:
    /// <c>group_name AS special_group</c> (so the page links it like any special group).
    /// </summary>
    public void Select(params string[] items)
    {
        var kept = new List<string>();
        foreach (var item in items)
        {
            var parts = item.Split(" AS ", 2, StringSplitOptions.TrimEntries);
            if (Relation.HasColumn(parts[0]))
            {
                kept.Add(parts.Length == 2 ? $"{Quote(parts[0])} AS {Quote(parts[1])}" : Quote(parts[0]));
            }
        }

        _selected = kept;
        _select = kept.Count == 0 ? "*" : string.Join(", ", kept);
    }

    /// <summary>
    /// Shows a selected gap column as the difference of the two shares it is the gap of, each rounded to the one
    /// decimal the page prints, so a row adds up as read (88.8% − 100% shows −11.2, not −11.25 rounded to −11.3).
    /// Call after <see cref="Select"/>; does nothing when the view lacks one of the columns.
    /// </summary>
    public void ShowAsPrintedDifference(string column, string minuend, string subtrahend)
    {
        if (!Relation.HasColumn(column) || !Relation.HasColumn(minuend) || !Relation.HasColumn(subtrahend))
        {
            return;
        }

        var selected = _selected.Count == 0 ? [.. Relation.Columns.Select(c => Quote(c.Name))] : _selected;
        var at = selected.FindIndex(item => string.Equals(item, Quote(column), StringComparison.OrdinalIgnoreCase));
        if (at >= 0)
        {
            selected[at] = $"round(round({Quote(minuend)}, 1) - round({Quote(subtrahend)}, 1), 1) AS {Quote(column)}";
            _selected = selected;
            _select = string.Join(", ", selected);
        }
    }

    /// <summary>
    /// Shows a ranking's <c>board</c> (selected as itself or renamed, <c>board AS standing</c>) on every row: NULL, a unit
    /// between the two boards, becomes <c>middle</c> when the unit is ranked and <c>unranked</c> when it is not, so its
    /// cell reads “—” or 未排名 (<see cref="Html.CellText"/>), not blank. Call after
    /// <see cref="Select"/>; does nothing when the view lacks <c>board</c> or <c>ranked</c>.
    /// </summary>
    public void ShowEveryPlace()
    {
        if (!Relation.HasColumn("board") || !Relation.HasColumn("ranked"))
        {
            return;
        }

        var selected = _selected.Count == 0 ? [.. Relation.Columns.Select(c => Quote(c.Name))] : _selected;
        var at = selected.FindIndex(item => item == Quote("board") || item.StartsWith(Quote("board") + " AS ", StringComparison.Ordinal));
        if (at >= 0)
        {
            var alias = selected[at] == Quote("board") ? Quote("board") : selected[at][(Quote("board").Length + 4)..];
            selected[at] = $"CASE WHEN \"board\" IS NOT NULL THEN \"board\" WHEN \"ranked\" THEN 'middle' ELSE 'unranked' END AS {alias}";
            _selected = selected;
            _select = string.Join(", ", selected);
        }
    }

    public string Sql(int? limit = null)
    {
        var select = _rowNumber is not null && _orderBy is not null
            ? $"row_number() OVER (ORDER BY {_orderBy}) AS {Quote(_rowNumber)}, {_select}"
            : _select;
        var sb = new StringBuilder("SELECT ").Append(select).Append(" FROM ").Append(Quote(Relation.Name));
        if (_conditions.Count > 0)
        {
            sb.Append(" WHERE ").AppendJoin(" AND ", _conditions);
        }

        if (_orderBy is not null)
        {
            sb.Append(" ORDER BY ").Append(_orderBy);
        }

        if (limit is { } l)
        {
            sb.Append(CultureInfo.InvariantCulture, $" LIMIT {l}");
        }

        return sb.ToString();
    }

    /// <summary><c>SELECT count(*)</c> over the filtered rows.</summary>
    public string CountSql()
    {
        var saved = _select;
        var savedOrder = _orderBy;
        _select = "count(*)";
        _orderBy = null;
        var sql = Sql();
        _select = saved;
        _orderBy = savedOrder;
        return sql;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
