using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

public sealed class DocxReportWriterTests
{
    private static async Task<MemoryStream> WriteAsync(ReportDocument document)
    {
        var stream = new MemoryStream();
        await DocxReportWriter.WriteAsync(document, stream, null, CancellationToken.None);
        stream.Position = 0;
        return stream;
    }

    internal static IReadOnlyList<string> ValidationErrors(Stream docx)
    {
        using var package = WordprocessingDocument.Open(docx, false);
        return new OpenXmlValidator()
            .Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    [Fact]
    public async Task Write_EveryKindOfBlock_ValidatesWithZeroErrors()
    {
        using var docx = await WriteAsync(SampleDocument.Build());

        Assert.Empty(ValidationErrors(docx));
    }

    [Fact]
    public async Task Validator_ReportsAnElementOutOfOrder_SoZeroErrorsMeansSomething()
    {
        using var docx = await WriteAsync(SampleDocument.Build());
        using (var package = WordprocessingDocument.Open(docx, true))
        {
            // rPr must come before the text of a run: put one after it.
            var run = package.MainDocumentPart!.Document!.Body!.Descendants<Run>().First();
            run.Append(new RunProperties(new Bold()));
        }

        docx.Position = 0;
        Assert.NotEmpty(ValidationErrors(docx));
    }

    [Fact]
    public async Task Write_PageIsA4_WithTheOfficialMargins()
    {
        using var docx = await WriteAsync(SampleDocument.Build());
        using var package = WordprocessingDocument.Open(docx, false);
        var section = package.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;

        // A4 = 210 × 297 mm = 11906 × 16838 twips; margins 37/35/28/26 mm.
        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal(2098, section.GetFirstChild<PageMargin>()!.Top!.Value);
        Assert.Equal(1588u, section.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public async Task Write_TableHeaderRow_RepeatsOnEveryPage_AndRowsDoNotSplit()
    {
        using var docx = await WriteAsync(SampleDocument.Build());
        using var package = WordprocessingDocument.Open(docx, false);
        var tables = package.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        }

        // 60 data rows + the header; the empty table gets one row saying so, spanning its 2 columns.
        Assert.Equal(61, tables[0].Elements<TableRow>().Count());
        var emptyRow = tables[1].Elements<TableRow>().Last();
        Assert.Equal("本季度无新完成任务。", emptyRow.InnerText);
        Assert.Equal(2, emptyRow.GetFirstChild<TableCell>()!.TableCellProperties!.GetFirstChild<GridSpan>()!.Val!.Value);
    }

    [Fact]
    public void ColumnWidths_LongTextColumns_LeaveNumberColumnsWideEnoughFor100Percent()
    {
        var longName = new string('改', 40);
        var table = new ReportTable("t", ["序号", "任务名称", "完成时限", "计划进度"], [["1", longName, longName, "100%"]], new HashSet<int> { 0, 3 });

        var widths = DocxTables.ColumnWidths(table);

        // The text block is 11906 - 1588 - 1474 = 8844 twips; number columns get at least 900.
        Assert.Equal(8844, widths.Sum());
        Assert.True(widths[0] >= 900 && widths[3] >= 900, string.Join(",", widths));
        Assert.True(widths[1] > widths[3]);
    }

    [Fact]
    public async Task Write_Chart_IsEmbeddedAsPng()
    {
        using var docx = await WriteAsync(SampleDocument.Build());
        using var package = WordprocessingDocument.Open(docx, false);
        var images = package.MainDocumentPart!.ImageParts.ToList();

        var image = Assert.Single(images);
        Assert.Equal("image/png", image.ContentType);
        Assert.Single(package.MainDocumentPart.Document!.Body!.Descendants<Drawing>());
    }

    [Fact]
    public async Task Write_Fonts_HeitiTitleAndHeadings_FangsongBody()
    {
        using var docx = await WriteAsync(SampleDocument.Build());
        using var package = WordprocessingDocument.Open(docx, false);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        string? EastAsia(string id) => styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties?.RunFonts?.EastAsia?.Value;

        Assert.Equal("仿宋", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", EastAsia("ReportTitle"));
        Assert.Equal("黑体", EastAsia("Heading1"));
        var fallbacks = package.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("FangSong", fallbacks["仿宋"]);
        Assert.Equal("SimHei", fallbacks["黑体"]);
    }

    [Fact]
    public async Task Write_TextWithMarkupCharacters_IsKeptAsText()
    {
        using var docx = await WriteAsync(SampleDocument.Build());
        using var package = WordprocessingDocument.Open(docx, false);

        Assert.Contains("推进改革任务第1项<&>", package.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
