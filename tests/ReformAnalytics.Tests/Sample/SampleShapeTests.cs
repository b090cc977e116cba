using System.Text.RegularExpressions;
using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

[Collection(SampleCollection.Name)]
public sealed class SampleShapeTests(SampleFixture sample)
{
    private static readonly Ledger[] Ledgers = [Ledger.Overall, Ledger.AssignedPilot, Ledger.LocalPilot];

    [Fact]
    public void DefaultSample_EachYear_HasTheSizeOfARealCounty()
    {
        Assert.Equal([2022, 2023, 2024], sample.Manifest.Years.Select(y => y.Year));
        foreach (var year in sample.Manifest.Years)
        {
            // about 150 overall tasks (140–160 drawn, one more added mid-year, and the planted sub-tasks), 15 assigned and 25 local pilots
            var subTasks = sample.Manifest.SubTasks!.Count(t => t.Year == year.Year);
            Assert.InRange(year.OverallTasks - subTasks, 140, 161);
            Assert.InRange(year.AssignedPilotTasks, 13, 17);
            Assert.InRange(year.LocalPilotTasks, 22, 28);
            Assert.InRange(year.SpecialGroups.Count, 6, 11);
            Assert.All(year.SpecialGroups, g => Assert.EndsWith("专项小组", g, StringComparison.Ordinal));
            Assert.InRange(year.LeadUnits, 20, 30);
            Assert.InRange(year.Leaders, 12, 17);
        }
    }

    [Fact]
    public void DefaultSample_EveryLedgerOfEveryMonth_IsInExactlyOneFileBesidesTheCorrection_OrInTheUnitsOwnReturns()
    {
        var returnMonths = new List<ReportMonth>();
        for (var month = new ReportMonth(2022, 1); month <= new ReportMonth(2024, 12); month = month.Next())
        {
            foreach (var ledger in Ledgers)
            {
                var files = sample.Manifest.Files.Where(f => f.Month == month && !f.IsCorrection && f.Ledgers.Contains(ledger)).ToArray();
                if (files.Any(f => f.LeadUnit is not null))
                {
                    Assert.Equal(Ledger.Overall, ledger);
                    Assert.All(files, f => Assert.NotNull(f.LeadUnit));
                    Assert.Equal(files.Length, files.Select(f => f.LeadUnit).Distinct().Count());
                    returnMonths.Add(month);
                }
                else
                {
                    Assert.True(files.Length == 1, $"{month} {ledger}: {files.Length} files");
                }
            }
        }

        // One month of the last year, chosen clear of the planted cases: October in the default sample.
        Assert.Equal([new ReportMonth(2024, 10)], returnMonths);
    }

    [Fact]
    public void UnitReturns_EachHoldsItsUnitsTasks_AndTogetherTheWholeLedger()
    {
        var month = new ReportMonth(2024, 10);
        var returns = sample.Manifest.Files.Where(f => f.Month == month && f.LeadUnit is not null).ToArray();

        foreach (var file in returns)
        {
            var leads = Leads(sample.Tables(file));
            Assert.NotEmpty(leads);
            Assert.All(leads.Values, lead => Assert.Equal(file.LeadUnit, lead));
            Assert.Equal(file.TaskRows, leads.Count);
        }

        // No case is planted in September or October 2024 (the missed return is November's, the rewordings are
        // February's and March's), so the returns together hold September's tasks, each with its lead unit.
        var september = Leads(sample.LedgerTables(Ledger.Overall, new ReportMonth(2024, 9)));
        var october = Leads(returns.SelectMany(sample.Tables));
        Assert.Equal(september.OrderBy(p => p.Key, StringComparer.Ordinal), october.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(september.Values.Distinct().Order(StringComparer.Ordinal), returns.Select(f => f.LeadUnit!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnitReturns_ComeInEveryShapeOfficesReceive()
    {
        var returns = sample.Manifest.Files.Where(f => f.LeadUnit is not null).ToArray();
        const string Folder = "2024年10月各单位报送/";
        const string Template = "2024年10月改革任务台账";

        Assert.All(returns, f => Assert.StartsWith(Folder, f.FileName, StringComparison.Ordinal));
        Assert.Single(returns, f => f.FileName == Folder + f.LeadUnit + Template + ".docx" && f.Encoding == "docx");
        Assert.Single(returns, f => f.FileName == Folder + f.LeadUnit + Template + ".et" && f.Encoding == "xlsx");
        Assert.Single(returns, f => f.FileName == Folder + f.LeadUnit + Template + ".csv" && f.Encoding == "gb18030");
        Assert.Single(returns, f => f.FileName == Folder + f.LeadUnit + Template + ".ods" && f.Encoding == "ods");
        Assert.Equal(2, returns.Count(f => f.FileName == Folder + f.LeadUnit + ".zip" && f.ArchiveEntry == Template + ".xlsx"));
        Assert.Contains(returns, f => f.FileName == Folder + f.LeadUnit + "/" + Template + ".xlsx");
        Assert.Contains(returns, f => f.FileName == Folder + f.LeadUnit + Template + ".xlsx");
        Assert.Equal(returns.Length, returns.Count(f => f.FileName.EndsWith(".zip", StringComparison.Ordinal) == (f.ArchiveEntry is not null)));
    }

    [Fact]
    public void FileNames_TellYearMonthAndLedger_ByNameOrBySheet()
    {
        var pattern = new Regex(@"^(\d{4})年(\d{1,2})月(改革任务总台账|上级部署试点台账|自选试点台账|改革台账|改革试点台账)(（更正）)?\.(xlsx|csv|txt)$");
        foreach (var file in sample.Manifest.Files.Where(f => f.LeadUnit is null))
        {
            var match = pattern.Match(file.FileName);
            Assert.True(match.Success, file.FileName);
            Assert.Equal(file.Month, new ReportMonth(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)));
            Assert.Equal(file.IsCorrection, match.Groups[4].Success);
            switch (match.Groups[3].Value)
            {
                case "改革任务总台账": Assert.Equal([Ledger.Overall], file.Ledgers); break;
                case "上级部署试点台账": Assert.Equal([Ledger.AssignedPilot], file.Ledgers); break;
                case "自选试点台账": Assert.Equal([Ledger.LocalPilot], file.Ledgers); break;
                default:
                    Assert.All(file.Sheets, s => Assert.Equal(s.Ledger switch { Ledger.Overall => "总台账", Ledger.AssignedPilot => "上级部署试点", _ => "自选试点" }, s.Name));
                    break;
            }
        }
    }

    [Fact]
    public void DefaultSample_UsesEveryEncodingAndShape()
    {
        Assert.Equal(["docx", "gb18030", "ods", "utf-16le-bom", "utf-8", "utf-8-bom", "xlsx"], sample.Manifest.Files.Select(f => f.Encoding).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(sample.Manifest.Files, f => f.Delimiter == "\t");
        Assert.Contains(sample.Manifest.Files, f => f.Encoding == "xlsx" && f.Sheets.Count == 3);
        var features = sample.Manifest.Files.SelectMany(f => f.Sheets).SelectMany(s => s.Features).ToHashSet(StringComparer.Ordinal);
        foreach (var shape in new[] { "title_rows", "two_row_header", "section_rows", "group_column", "hidden_column", "typed_cells", "line_break_lists", "reordered_rows", "blank_rows", "note_rows", "total_row" })
        {
            Assert.Contains(shape, features);
        }
    }

    [Fact]
    public void FilesReadBack_HaveByteOrderMarksAsTheirEncodingSays()
    {
        foreach (var file in sample.Manifest.Files.Where(f => f.Encoding is not ("xlsx" or "docx")))
        {
            var head = File.ReadAllBytes(Path.Combine(sample.Root, file.FileName)).AsSpan(0, 3).ToArray();
            switch (file.Encoding)
            {
                case "utf-8-bom": Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, head); break;
                case "utf-16le-bom": Assert.Equal(new byte[] { 0xFF, 0xFE }, head[..2]); break;
                default: Assert.NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, head); break;
            }
        }
    }

    [Fact]
    public void HeadersReadBack_UseEveryColumnAliasOfTheDomain()
    {
        var headers = sample.Manifest.Files.SelectMany(sample.Tables).SelectMany(t => t.HeaderTexts).ToHashSet(StringComparer.Ordinal);

        Assert.All(LedgerAliases.All, alias => Assert.Contains(alias, headers));
        Assert.Contains("责任分工", headers);
        Assert.Contains("任务类型", headers);
    }

    [Fact]
    public void TwoRowHeader_MergesTheBandAcrossAndTheOtherHeadersDown()
    {
        var file = sample.Manifest.Files.First(f => f.Sheets.Any(s => s.Features.Contains("two_row_header")));
        var sheet = file.Sheets.First(s => s.Features.Contains("two_row_header"));
        var table = sample.Tables(file)[file.Sheets.ToList().IndexOf(sheet)];
        var merges = SampleReadBack.Merges(Path.Combine(sample.Root, file.FileName))[sheet.Name];
        var headerRow = table.Rows.First(r => r.Cells.Any(c => c.Text == "责任分工"));
        var band = Array.FindIndex(headerRow.Cells, c => c.Text == "责任分工");
        var column = (char)('A' + band);

        Assert.Contains(merges, m => m.StartsWith($"{column}{headerRow.Number}:", StringComparison.Ordinal) && m.EndsWith($"{headerRow.Number}", StringComparison.Ordinal));
        Assert.Contains($"A{headerRow.Number}:A{headerRow.Number + 1}", merges);
        Assert.Contains(LedgerAliases.Lead, h => table.Headers.Contains(h));
    }

    [Fact]
    public void SectionRows_NameTheGroupAndRestartTheSequence()
    {
        var file = sample.Manifest.Files.First(f => f.Encoding == "xlsx" && f.Sheets[0].Features.Contains("section_rows"));
        var table = sample.Tables(file)[0];
        var sections = table.Rows.Where(r => r.Cells.Length > 0 && Regex.IsMatch(r.Cells[0].Text, "^[一二三四五六七八九十]+、.+专项小组$")).ToArray();
        var afterSecond = table.Rows.SkipWhile(r => r.Number <= sections[1].Number).First();

        Assert.True(sections.Length >= 6);
        Assert.StartsWith("一、", sections[0].Cells[0].Text, StringComparison.Ordinal);
        Assert.Equal("1", afterSecond.Cells[0].Shown);
    }

    [Fact]
    public void Deadlines_AreWrittenInEveryPhrasingOfTheDomain()
    {
        var cells = AllTaskRows().Select(r => ReadTable.Column(r, LedgerAliases.Deadline)).ToArray();
        var texts = cells.Select(c => c.Shown).ToHashSet(StringComparer.Ordinal);
        string[] patterns =
        [
            @"^\d{4}年\d{1,2}月底前$", @"^\d{4}年\d{1,2}月$", @"^\d{1,2}月底前$", @"^\d{4}\.\d{1,2}$", @"^\d{4}/\d{1,2}/\d{1,2}$",
            "^年底前$", "^年内$", "^上半年$", "^三季度末$", "^一季度$", @"^\d{1,2}-\d{1,2}月$", @"^\d{1,2}、\d{1,2}月$", @"^\d{1,2}月底之前$",
            @"^\d{4}年\d{1,2}月底前\p{IsCJKUnifiedIdeographs}{4,}", @"^.+底前.+；.+底前.+$", "^长期坚持$", "^持续推进$", "^常态化推进$",
        ];

        Assert.All(patterns, p => Assert.Contains(texts, t => Regex.IsMatch(t, p)));
        Assert.Contains(cells, c => c.IsDateCell);
    }

    [Fact]
    public void Statuses_AreDomainPhrases_ExceptThePlantedUnknownOne()
    {
        var statuses = AllTaskRows().Select(r => ReadTable.Column(r, LedgerAliases.Status).Text).ToArray();
        var unknown = statuses.Where(s => !LedgerAliases.StatusPhrases.Contains(s)).ToArray();

        Assert.Equal(["基本完成"], unknown);
        Assert.Contains("序时推进", statuses);
        Assert.Contains("已销号", statuses);
        Assert.Contains("滞后", statuses);
        Assert.Contains("未启动", statuses);
    }

    [Fact]
    public void ProgressFigures_AreWrittenInEveryForm()
    {
        var cells = AllTaskRows().Select(r => ReadTable.Column(r, LedgerAliases.ProgressPct)).ToArray();

        Assert.Contains(cells, c => c.IsPercentCell);
        Assert.Contains(cells, c => c.Number is not null && c.Style == 0);
        Assert.Contains(cells, c => c.Number is null && Regex.IsMatch(c.Text, @"^\d+%$"));
        Assert.Contains(cells, c => c.Number is null && Regex.IsMatch(c.Text, @"^\d+$"));
        Assert.Contains(cells, c => Regex.IsMatch(c.Text, @"^完成\d+%$"));
        Assert.Contains(cells, c => c.Number is null && c.Text.Length == 0);
        Assert.All(cells.Select(c => c.Figure()).OfType<double>(), f => Assert.InRange(f, 0, 100));
    }

    [Fact]
    public void CoUnits_AreSometimesSeveralInOneCell_ByLineBreakOrSign()
    {
        var cells = AllTaskRows().Select(r => ReadTable.Column(r, LedgerAliases.CoUnits).Text).ToArray();

        Assert.Contains(cells, c => c.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains('、', StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains('，', StringComparison.Ordinal) || c.Contains('；', StringComparison.Ordinal));
    }

    [Fact]
    public void NoteRows_FollowTheTasksAtTheBottom_AfterATotalRow()
    {
        var file = sample.Manifest.Files.First(f => f.Sheets[0].Features.Contains("note_rows"));
        var table = sample.Tables(file)[0];
        var last = table.Rows[^1].Cells[0].Text;
        var before = table.Rows[^2].Cells[0].Text;

        Assert.StartsWith("填报人：", last, StringComparison.Ordinal);
        Assert.StartsWith("注：", before, StringComparison.Ordinal);
        Assert.Contains(table.Rows, r => r.Cells[0].Text == "合计：共" + file.Sheets[0].TaskRows + "项");
    }

    [Fact]
    public void HiddenColumn_IsHiddenInTheWorkbook()
    {
        var file = sample.Manifest.Files.First(f => f.Encoding == "xlsx" && f.Sheets.Any(s => s.Features.Contains("hidden_column")));
        var sheetNumber = file.Sheets.ToList().FindIndex(s => s.Features.Contains("hidden_column")) + 1;
        var table = sample.Tables(file)[sheetNumber - 1];

        var hidden = Assert.Single(SampleReadBack.HiddenColumns(Path.Combine(sample.Root, file.FileName), sheetNumber));
        Assert.Equal("备注", table.Headers[hidden]);
    }

    private IEnumerable<IReadOnlyDictionary<string, ReadCell>> AllTaskRows() =>
        sample.Manifest.Files.SelectMany(sample.Tables).SelectMany(t => t.TaskRows).Select(r => r.Cells);

    // Keyed by the task as the lists name it: the planted sub-tasks share a name (制定实施方案) under different headings.
    private static Dictionary<string, string> Leads(IEnumerable<ReadTable> tables) =>
        tables.SelectMany(t => t.TaskRowsUnderHeadings).ToDictionary(r => ReadTable.Label(r.Heading, r.Cells), r => ReadTable.Column(r.Cells, LedgerAliases.Lead).Text, StringComparer.Ordinal);
}
