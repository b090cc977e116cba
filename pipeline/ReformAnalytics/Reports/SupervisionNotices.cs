using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>
/// The 督办单 of a report month: one <see cref="SupervisionNotice"/> per lead unit with anything on the negative
/// list or a missing return that month, or (in a new ledger year's first month) a task the new ledger dropped, written as Word documents (<c>reform notices</c>). Rows whose lead unit
/// was left empty cannot be sent to anyone: they are counted in <see cref="SupervisionNoticeSet.WithoutUnit"/>.
/// </summary>
public static class SupervisionNotices
{
    /// <summary>
    /// The answer date when none is given: the 20th of the month after the report month (the ledger is merged in
    /// the first days of that month, the notice goes out soon after).
    /// </summary>
    public static DateOnly DefaultDue(ReportMonth month) => month.FirstDay.AddMonths(1).AddDays(19);

    /// <summary>The notices of <paramref name="month"/>, units in code-point order of their names.</summary>
    public static async Task<SupervisionNoticeSet> BuildAsync(DuckDBConnection connection, ReportMonth month, DateOnly due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (due <= month.StatusDate)
        {
            throw new ArgumentException($"督办的办理时限（{ChineseDate.Day(due)}）应在台账统计截止日（{ChineseDate.Day(month.StatusDate)}）之后。");
        }

        var queries = new MetricQueries(connection);
        var tasks = await queries.NegativeListAsync(month, cancellationToken).ConfigureAwait(false);
        var missing = await queries.MissingReturnsAsync(month, cancellationToken).ConfigureAwait(false);
        // Only in a ledger's first month of a year is there anything it dropped from the last year's end.
        var dropped = (await queries.YearEndCarryOverAsync(month.Year - 1, cancellationToken).ConfigureAwait(false))
            .Where(d => d.NextMonth == month.FirstDay && d.Outcome == "dropped")
            .ToList();
        var units = tasks.Select(t => t.LeadUnit).Concat(missing.Select(m => m.LeadUnit)).Concat(dropped.Select(d => d.LeadUnit))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var notices = units
            .Select((unit, i) => new SupervisionNotice(
                unit,
                month,
                due,
                [.. tasks.Where(t => string.Equals(t.LeadUnit, unit, StringComparison.Ordinal))],
                [.. missing.Where(m => string.Equals(m.LeadUnit, unit, StringComparison.Ordinal))])
            {
                Dropped = [.. dropped.Where(d => string.Equals(d.LeadUnit, unit, StringComparison.Ordinal))],
                Number = i + 1,
            })
            .ToList();
        var withoutUnit = tasks.Count(t => t.LeadUnit is null) + missing.Count(m => m.LeadUnit is null) + dropped.Count(d => d.LeadUnit is null);
        return new SupervisionNoticeSet(month, due, notices, withoutUnit);
    }

    /// <summary>
    /// Writes each notice as <c>督办单-2024-06-县财政局.docx</c> into <paramref name="outDir"/> (each file through a
    /// temporary name, so none is ever half-written) and returns the set with the paths, in the same order.
    /// </summary>
    public static async Task<(SupervisionNoticeSet Notices, IReadOnlyList<string> Files)> WriteAsync(
        DuckDBConnection connection,
        ReportMonth month,
        DateOnly due,
        string outDir,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var set = await BuildAsync(connection, month, due, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(outDir);
        var names = FileNames(set.Notices);
        var files = new List<string>(set.Notices.Count);
        for (var i = 0; i < set.Notices.Count; i++)
        {
            var path = Path.Combine(outDir, names[i]);
            var document = set.Notices[i].ToDocument();
            await QuarterlyReport.WriteFileAsync(path, s => DocxReportWriter.WriteAsync(document, s, null, cancellationToken), cancellationToken).ConfigureAwait(false);
            files.Add(path);
        }

        return (set, files);
    }

    /// <summary>
    /// The file name of each notice, in order: <see cref="FileName"/>, with -2, -3, … added before .docx when two
    /// units' names come out the same once the characters a file name cannot hold are replaced.
    /// </summary>
    public static IReadOnlyList<string> FileNames(IReadOnlyList<SupervisionNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(notices.Count);
        foreach (var notice in notices)
        {
            var name = FileName(notice);
            var stem = Path.GetFileNameWithoutExtension(name);
            for (var n = 2; !taken.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.docx");
            }

            names.Add(name);
        }

        return names;
    }

    /// <summary>督办单-2024-06-县财政局.docx; characters a file name cannot hold become _.</summary>
    public static string FileName(SupervisionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return SafeFileName.Of(string.Create(CultureInfo.InvariantCulture, $"督办单-{notice.Month}-{notice.LeadUnit}.docx"));
    }
}
