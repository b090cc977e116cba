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

    /// <summary>
    /// The files of a realistic month. With <paramref name="unitReturns"/> the overall ledger is left out of them: it comes
    /// as the units' own returns (<see cref="UnitReturns"/>), and a workbook that held it besides the pilots keeps the pilots.
    /// </summary>
    public static IReadOnlyList<PlannedFile> Realistic(int seed, int year, int yearIndex, int month, bool correction, bool unitReturns = false)
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

        return unitReturns
            ? files.Select(f => f with { Sheets = f.Sheets.Where(s => s.Ledger != Ledger.Overall).ToArray() }).Where(f => f.Sheets.Count > 0).ToArray()
            : files;
    }

    /// <summary>
    /// The month's overall ledger as each lead unit sends it back, all under <c>2024年11月各单位报送/</c>, in the shapes
    /// offices receive: the office's template under its own name in the unit's folder (<c>县教育局/2024年11月改革任务台账.xlsx</c>)
    /// or named for the unit (<c>县教育局2024年11月改革任务台账.xlsx</c>), packed as <c>县教育局.zip</c>, saved by WPS
    /// (<c>.et</c>), saved by LibreOffice (<c>.ods</c>), saved as CSV (GB18030), or typed as a table in Word (<c>.docx</c>, the
    /// CSV's columns). Which unit sends which shape is drawn from the month's own stream; every shape is used once there are
    /// eight units.
    /// </summary>
    public static IReadOnlyList<PlannedFile> UnitReturns(int seed, int year, int yearIndex, int month, IReadOnlyList<string> units)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var m = month.ToString(CultureInfo.InvariantCulture);
        var folder = $"{y}年{m}月各单位报送/";
        var template = $"{y}年{m}月改革任务台账";
        SheetLayout Layout(bool xlsx) => LayoutCatalog.Realistic(Ledger.Overall, year, yearIndex, month, xlsx, StableSeed.Create(seed, "layout", (int)Ledger.Overall, year, month));
        var workbook = Layout(true);
        var text = Layout(false);
        var order = units.ToList();
        StableSeed.Create(seed, "unit-returns", year, month).Shuffle(order);
        var files = new List<PlannedFile>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var unit = order[i];
            PlannedSheet Sheet(string name, SheetLayout layout) => new(name, Ledger.Overall, layout);
            files.Add(i switch
            {
                0 => new(folder + unit + template + ".docx", FileEncoding.Docx, ',', [Sheet(string.Empty, text)], LeadUnit: unit),
                1 => new(folder + unit + template + ".et", FileEncoding.Xlsx, ',', [Sheet("Sheet1", workbook)], LeadUnit: unit),
                2 => new(folder + unit + template + ".csv", FileEncoding.Gb18030, ',', [Sheet(string.Empty, text)], LeadUnit: unit),
                3 or 4 => new(folder + unit + ".zip", FileEncoding.Xlsx, ',', [Sheet("总台账", workbook)], LeadUnit: unit, ArchiveEntry: template + ".xlsx"),
                5 => new(folder + unit + template + ".ods", FileEncoding.Ods, ',', [Sheet("Sheet1", workbook)], LeadUnit: unit),
                _ when i % 2 == 1 => new(folder + unit + "/" + template + ".xlsx", FileEncoding.Xlsx, ',', [Sheet("总台账", workbook)], LeadUnit: unit),
                _ => new(folder + unit + template + ".xlsx", FileEncoding.Xlsx, ',', [Sheet("Sheet1", workbook)], LeadUnit: unit),
            });
        }

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
