using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Metrics;

/// <summary>
/// Writes a quarter's 成果清单 (results_list: tasks first reported completed in the quarter), 负面清单
/// (negative_list), 红黑榜 (unit_ranking) and the year's 考核 standing (unit_assessment: discipline over the year to
/// date; at the fourth quarter, the year-end assessment) as workbooks laid out for printing: a title row, a row saying
/// the status date, Chinese headers repeated on every printed page, landscape A4. The negative list and the
/// ranking stand at the quarter's last report month with snapshots. The connection must have the metric
/// views installed (<see cref="MetricViews.InstallAsync"/>).
/// </summary>
public static class ListsWriter
{
    private const int HeaderRows = 3;

    public static async Task<ListsResult> WriteAsync(DuckDBConnection connection, Quarter quarter, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var queries = new MetricQueries(connection);
        if (await queries.LatestMonthAsync(quarter.FirstMonth, quarter.LastMonth, cancellationToken).ConfigureAwait(false) is not { } asOf)
        {
            return new ListsResult(null, []);
        }

        Directory.CreateDirectory(outDir);
        var results = await queries.ResultsListAsync(quarter.FirstMonth, asOf, cancellationToken).ConfigureAwait(false);
        var negative = await queries.NegativeListAsync(asOf, cancellationToken).ConfigureAwait(false);
        var ranking = await queries.UnitRankingAsync(asOf, cancellationToken).ConfigureAwait(false);
        var assessment = await queries.UnitAssessmentAsync(asOf, cancellationToken).ConfigureAwait(false);
        var settings = await queries.SettingsAsync(cancellationToken).ConfigureAwait(false);
        var standing = StandingLine(asOf);

        var files = new List<string>
        {
            await WriteBookAsync(
                Path.Combine(outDir, $"{quarter.Label}成果清单.xlsx"),
                "成果清单",
                $"{quarter.Label}改革成果清单",
                $"{quarter.Label}内首次报告完成的改革任务，共{FigureText.Count(results.Count)}项；{standing}",
                ListsLayout.Results,
                results,
                null,
                cancellationToken).ConfigureAwait(false),
            await WriteBookAsync(
                Path.Combine(outDir, $"{quarter.Label}负面清单.xlsx"),
                "负面清单",
                $"{quarter.Label}改革任务负面清单",
                $"逾期、滞后或停滞的未完成任务，共{FigureText.Count(negative.Count)}项；{standing}",
                ListsLayout.Negative,
                negative,
                ListsLayout.NegativeNote(settings),
                cancellationToken).ConfigureAwait(false),
            await WriteBookAsync(
                Path.Combine(outDir, $"{quarter.Label}红黑榜.xlsx"),
                "红黑榜",
                $"{quarter.Label}改革任务牵头单位红黑榜",
                $"{FigureText.Count(ranking.Count(r => r.Ranked))}个牵头单位参加排名；{standing}",
                ListsLayout.Ranking,
                ranking,
                ListsLayout.RankingNote(settings),
                cancellationToken).ConfigureAwait(false),
            await WriteBookAsync(
                Path.Combine(outDir, $"{quarter.Label}年度考核.xlsx"),
                "年度考核",
                asOf.Month == 12 ? $"{asOf.Year}年度改革任务牵头单位考核" : $"{asOf.Year}年度改革任务牵头单位考核（年初至{asOf.Label}）",
                $"{FigureText.Count(assessment.Count(r => r.Ranked))}个牵头单位参加排名；{standing}",
                ListsLayout.Assessment,
                assessment,
                ListsLayout.AssessmentNote(settings, asOf),
                cancellationToken).ConfigureAwait(false),
        };
        return new ListsResult(asOf, files);
    }

    private static string StandingLine(ReportMonth asOf) => $"统计截至{FigureText.Date(asOf.StatusDate)}（{asOf.Label}台账）";

    private static async Task<string> WriteBookAsync<T>(
        string path,
        string sheetName,
        string title,
        string subtitle,
        IReadOnlyList<ListColumn<T>> columns,
        IReadOnlyList<T> rows,
        string? note,
        CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            using (var workbook = new XlsxWriter(file, XlsxWriter.OurApplication))
            {
                workbook.StartSheet(sheetName, new XlsxSheetOptions
                {
                    ColumnWidths = [.. columns.Select(c => c.Width)],
                    FreezeRows = HeaderRows,
                    RepeatRowsOnPrint = HeaderRows,
                    Landscape = true,
                });
                workbook.WriteRow(XlsxCell.Of(title, XlsxStyle.Title));
                workbook.Merge(1, 1, 1, columns.Count);
                workbook.WriteRow(XlsxCell.Of(subtitle));
                workbook.Merge(2, 1, 2, columns.Count);
                workbook.WriteRow([.. columns.Select(c => XlsxCell.Of(c.Header, XlsxStyle.Header))]);
                for (var i = 0; i < rows.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var row = rows[i];
                    var number = i + 1;
                    workbook.WriteRow([.. columns.Select(c => c.Cell(row, number))]);
                }

                if (note is not null)
                {
                    workbook.WriteRow(XlsxCell.Of(note, XlsxStyle.Wrap));
                    workbook.Merge(workbook.RowCount, 1, workbook.RowCount, columns.Count);
                }
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return Path.GetFullPath(path);
    }
}
