using System.IO.Compression;
using System.Text;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A workbook Excel saved as "Strict Open XML 电子表格": every part's namespace, and the relationships between parts,
/// under the strict names (http://purl.oclc.org/ooxml/…). ExcelDataReader alone sees no sheet in it, so it was refused
/// as an empty workbook.
/// </summary>
public sealed class StrictWorkbookTests : IDisposable
{
    private const string TransitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_AStrictWorkbook_GivesItsRows_AsTheSameWorkbookSavedTheOrdinaryWay()
    {
        var ordinary = _files.WriteWorkbook("ordinary.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "完成进度");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", XlsxCell.Of(new DateOnly(2024, 6, 30)), XlsxCell.Percent(0.8));
            w.WriteRow(XlsxCell.Of(2), "推进综合行政执法改革", "县司法局", "年底前", XlsxCell.Of(60));
        });
        var strict = _files.Write("strict.xlsx", AsStrict(File.ReadAllBytes(ordinary)));
        Assert.Contains(StrictMain, PartText(strict, "xl/workbook.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(TransitionalMain, PartText(strict, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);

        var table = Assert.Single(await ReadingFiles.ReadAsync(strict));

        Assert.Equal("6月台账", table.SourceSheet);
        RowAssert.Cells(table.Rows[0], 2, null,
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"), (Deadline, "2024-06-30"), (ProgressPct, "80%"));
        RowAssert.Cells(table.Rows[1], 3, null,
            (SeqNo, "2"), (CanonicalColumn.Task, "推进综合行政执法改革"), (LeadUnit, "县司法局"), (Deadline, "年底前"), (ProgressPct, "60"));
        Assert.Equal(new DateOnly(2024, 6, 30), table.Rows[0][Deadline].Date);
        Assert.Equal(0.8, table.Rows[0][ProgressPct].Number);
    }

    [Fact]
    public async Task Read_ADateWrittenAsIsoText_AsStrictAllows_IsADate()
    {
        // Strict lets a date cell hold the date itself (t="d", 2024-06-30T00:00:00) instead of a day number (45473).
        var ordinary = _files.WriteWorkbook("ordinary.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", XlsxCell.Of(new DateOnly(2024, 6, 30)));
        });
        var bytes = AsStrict(File.ReadAllBytes(ordinary), sheet => sheet.Replace("><v>45473</v>", " t=\"d\"><v>2024-06-30T00:00:00</v>", StringComparison.Ordinal));
        var strict = _files.Write("strict.xlsx", bytes);
        Assert.Contains("t=\"d\"><v>2024-06-30T00:00:00</v>", PartText(strict, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);

        var row = Assert.Single(Assert.Single(await ReadingFiles.ReadAsync(strict)).Rows);

        Assert.Equal(new DateOnly(2024, 6, 30), row[Deadline].Date);
        Assert.Equal("2024-06-30", row[Deadline].Text);
    }

    [Fact]
    public async Task Read_AnErrorCellOfAStrictWorkbook_IsFoundAsInAnOrdinaryOne()
    {
        // Row 3's 完成进度 (60 in the ordinary workbook) becomes a formula giving #DIV/0!; the sheet is found through the
        // strict workbook and relationships. By hand: row 3's 完成进度 is empty with its error, and warned of.
        var ordinary = _files.WriteWorkbook("ordinary.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "完成进度");
            w.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资委", "年底前", XlsxCell.Of(80));
            w.WriteRow(XlsxCell.Of(2), "推进综合行政执法改革", "县司法局", "年底前", XlsxCell.Of(60));
        });
        var bytes = AsStrict(File.ReadAllBytes(ordinary), sheet => sheet.Replace("><v>60</v>", " t=\"e\"><f>C3/D3</f><v>#DIV/0!</v>", StringComparison.Ordinal));
        var strict = _files.Write("strict.xlsx", bytes);

        var table = Assert.Single(await ReadingFiles.ReadAsync(strict));

        Assert.Equal(CellValue.FromError("#DIV/0!"), table.Rows[1][ProgressPct]);
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "完成进度", "#DIV/0!"), (issue.Row, issue.Column, issue.Value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public void Rename_ANameCutBetweenTwoReads_IsStillReplaced(int bytesPerRead)
    {
        // Names at the start, cut anywhere by short reads, back to back, and one strict name this tool has no use for.
        var text = $"<a xmlns=\"{StrictMain}\" xmlns:r=\"{StrictRelationships}\"><b r:id=\"{StrictRelationships}/worksheet\"/>"
            + $"{StrictMain}{StrictMain}<c x=\"http://purl.oclc.org/ooxml/officeDocument/customXml\"/>"
            + new string('长', 30000) + StrictRelationships + "</a>";
        using var input = new TrickleStream(Encoding.UTF8.GetBytes(text), bytesPerRead);
        using var output = new MemoryStream();

        StrictOpenXml.Rename(input, output);

        var expected = text.Replace(StrictMain, TransitionalMain, StringComparison.Ordinal)
            .Replace(StrictRelationships, TransitionalRelationships, StringComparison.Ordinal);
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Contains("http://purl.oclc.org/ooxml/officeDocument/customXml", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void IsStrict_TellsTheTwoKindsApart()
    {
        var ordinary = _files.WriteWorkbook("ordinary.xlsx", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
        });
        var strict = _files.Write("strict.xlsx", AsStrict(File.ReadAllBytes(ordinary)));

        using var ordinaryStream = File.OpenRead(ordinary);
        using var strictStream = File.OpenRead(strict);

        Assert.False(StrictOpenXml.IsStrict(ordinaryStream));
        Assert.True(StrictOpenXml.IsStrict(strictStream));
    }

    /// <summary>The package with every XML part written under the strict names, as Excel's "Strict Open XML" saves it.</summary>
    private static byte[] AsStrict(byte[] workbook, Func<string, string>? sheet = null)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd()
                    .Replace(TransitionalMain, StrictMain, StringComparison.Ordinal)
                    .Replace(TransitionalRelationships, StrictRelationships, StringComparison.Ordinal);
                if (sheet is not null && entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                {
                    text = sheet(text);
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    private static string PartText(string path, string part)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A stream that gives at most a few bytes per read, as a slow source would.</summary>
    private sealed class TrickleStream(byte[] bytes, int bytesPerRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));
    }
}
