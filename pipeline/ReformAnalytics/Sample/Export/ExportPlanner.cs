using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Sample.Simulation;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Which files a month is sent as, and their names. Realistic months follow a 12-month rotation of
/// <see cref="MonthPackage"/>, shifted by five months each year so that every year has every package; a
/// month with a corrected re-send always has the overall ledger alone in a workbook. File names carry year,
/// month and ledger (2024年06月改革任务总台账.xlsx, 2024年6月上级部署试点台账.csv) or, for workbooks of
/// several ledgers (2024年6月改革台账.xlsx), the sheets are named by ledger (总台账, 上级部署试点, 自选试点).
/// </summary>
internal static class ExportPlanner
{
    private static readonly MonthPackage[] Rotation =
    [
        MonthPackage.SeparateA, MonthPackage.SeparateB, MonthPackage.Combined, MonthPackage.SeparateA,
        MonthPackage.SeparateC, MonthPackage.SeparateD, MonthPackage.SeparateB, MonthPackage.OverallCsvPilotBook,
        MonthPackage.SeparateA, MonthPackage.Combined, MonthPackage.SeparateD, MonthPackage.SeparateC,
    ];

    public static MonthPackage PackageOf(int yearIndex, int month, bool correction)
    {
        var package = Rotation[(month - 1 + (5 * yearIndex)) % 12];
        return correction && package is MonthPackage.Combined or MonthPackage.OverallCsvPilotBook ? MonthPackage.SeparateB : package;
    }

    /// <summary>Whether the overall ledger of a month is in a workbook (where a bad cell has a clear row number).</summary>
    public static bool OverallInWorkbook(MonthPackage package) => package != MonthPackage.OverallCsvPilotBook;

    public static IReadOnlyList<PlannedFile> Realistic(int seed, int year, int yearIndex, int month, bool correction)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var m = month.ToString(CultureInfo.InvariantCulture);
        var mm = month.ToString("D2", CultureInfo.InvariantCulture);
        SheetLayout Layout(Ledger ledger, bool xlsx) =>
            LayoutCatalog.Realistic(ledger, year, yearIndex, month, xlsx, StableSeed.Create(seed, "layout", (int)ledger, year, month));
        PlannedSheet Sheet(string name, Ledger ledger, bool xlsx) => new(name, ledger, Layout(ledger, xlsx));
        PlannedFile Single(string name, FileEncoding encoding, string sheet, Ledger ledger) =>
            new(name, encoding, encoding == FileEncoding.Utf16 ? '\t' : ',', [Sheet(sheet, ledger, encoding == FileEncoding.Xlsx)]);

        var overallPadded = $"{y}年{mm}月改革任务总台账";
        var overall = $"{y}年{m}月改革任务总台账";
        var assigned = $"{y}年{m}月上级部署试点台账";
        var local = $"{y}年{m}月自选试点台账";
        PlannedFile[] files = PackageOf(yearIndex, month, correction) switch
        {
            MonthPackage.SeparateA =>
            [
                Single(overallPadded + ".xlsx", FileEncoding.Xlsx, "总台账", Ledger.Overall),
                Single(assigned + ".txt", FileEncoding.Utf16, string.Empty, Ledger.AssignedPilot),
                Single(local + ".csv", FileEncoding.Gb18030, string.Empty, Ledger.LocalPilot),
            ],
            MonthPackage.SeparateB =>
            [
                Single(overall + ".xlsx", FileEncoding.Xlsx, "Sheet1", Ledger.Overall),
                Single(assigned + ".csv", FileEncoding.Utf8Bom, string.Empty, Ledger.AssignedPilot),
                Single(local + ".csv", FileEncoding.Utf8, string.Empty, Ledger.LocalPilot),
            ],
            MonthPackage.Combined =>
            [
                new PlannedFile(
                    $"{y}年{m}月改革台账.xlsx",
                    FileEncoding.Xlsx,
                    ',',
                    [Sheet("总台账", Ledger.Overall, true), Sheet("上级部署试点", Ledger.AssignedPilot, true), Sheet("自选试点", Ledger.LocalPilot, true)]),
            ],
            MonthPackage.OverallCsvPilotBook =>
            [
                Single(overall + ".csv", FileEncoding.Gb18030, string.Empty, Ledger.Overall),
                new PlannedFile($"{y}年{m}月改革试点台账.xlsx", FileEncoding.Xlsx, ',', [Sheet("上级部署试点", Ledger.AssignedPilot, true), Sheet("自选试点", Ledger.LocalPilot, true)]),
            ],
            MonthPackage.SeparateC =>
            [
                Single(overallPadded + ".xlsx", FileEncoding.Xlsx, m + "月", Ledger.Overall),
                Single(assigned + ".xlsx", FileEncoding.Xlsx, "Sheet1", Ledger.AssignedPilot),
                Single(local + ".csv", FileEncoding.Gb18030, string.Empty, Ledger.LocalPilot),
            ],
            _ =>
            [
                Single(overall + ".xlsx", FileEncoding.Xlsx, "总台账", Ledger.Overall),
                Single(assigned + ".csv", FileEncoding.Utf16, string.Empty, Ledger.AssignedPilot),
                Single(local + ".csv", FileEncoding.Utf8Bom, string.Empty, Ledger.LocalPilot),
            ],
        };

        return files;
    }

    /// <summary>The re-send of a month's overall workbook: the same file with （更正） before the extension.</summary>
    public static PlannedFile CorrectionOf(PlannedFile original) =>
        original with { FileName = Path.GetFileNameWithoutExtension(original.FileName) + "（更正）" + Path.GetExtension(original.FileName), IsCorrection = true };

    /// <summary>The benchmark shapes: one plain table per ledger and month, as UTF-8 CSV and/or single-sheet workbook.</summary>
    public static IReadOnlyList<PlannedFile> Plain(int year, int month, SampleShape shape)
    {
        var prefix = $"{year.ToString(CultureInfo.InvariantCulture)}年{month.ToString("D2", CultureInfo.InvariantCulture)}月";
        var files = new List<PlannedFile>();
        foreach (var ledger in new[] { Ledger.Overall, Ledger.AssignedPilot, Ledger.LocalPilot })
        {
            var name = prefix + ledger switch { Ledger.Overall => "改革任务总台账", Ledger.AssignedPilot => "上级部署试点台账", _ => "自选试点台账" };
            var sheet = ledger switch { Ledger.Overall => "总台账", Ledger.AssignedPilot => "上级部署试点", _ => "自选试点" };
            var both = shape == SampleShape.PlainCsvAndXlsx;
            if (shape != SampleShape.PlainXlsx)
            {
                files.Add(new PlannedFile((both ? "csv/" : string.Empty) + name + ".csv", FileEncoding.Utf8, ',', [new PlannedSheet(string.Empty, ledger, LayoutCatalog.PlainLayout)]));
            }

            if (shape != SampleShape.PlainCsv)
            {
                files.Add(new PlannedFile((both ? "xlsx/" : string.Empty) + name + ".xlsx", FileEncoding.Xlsx, ',', [new PlannedSheet(sheet, ledger, LayoutCatalog.PlainLayout)]));
            }
        }

        return files;
    }
}
