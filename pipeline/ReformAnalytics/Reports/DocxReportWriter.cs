using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Reports;

/// <summary>
/// Writes a report as a Word document (.docx): A4 with official margins, 黑体 title and headings, 仿宋 body,
/// charts embedded as pictures, tables whose header row repeats on every page, page numbers in the footer. Its category
/// (a document property Word and WPS keep) is <see cref="OwnWorkbook.MarkerName"/>, so that a report or a 督办单 left among
/// the returns is not read as one.
/// </summary>
public static class DocxReportWriter
{
    // A4 in twentieths of a point; margins after GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const int MarginLeft = 1588;
    private const int MarginRight = 1474;

    /// <summary>Width of the text block in twentieths of a point.</summary>
    internal const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Writes the document to the stream (which must be seekable or empty and writable).</summary>
    public static Task WriteAsync(ReportDocument document, Stream output, DocxReportOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DocxReportOptions.Default;
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        using (var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Language = "zh-CN";
            // The mark ingest knows its own outputs by (Xlsx/OwnWorkbook): a report's tables have a ledger's columns.
            package.PackageProperties.Category = OwnWorkbook.MarkerName;
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build(options);
            main.AddNewPart<FontTablePart>().Fonts = DocxStyles.FontTable(options);
            main.AddNewPart<DocumentSettingsPart>().Settings = DocxStyles.Settings();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();

            var body = new Body();
            body.Append(Styled(DocxStyles.Title, document.Title));
            body.Append(Styled(DocxStyles.Subtitle, document.Subtitle));
            var pictures = new DocxPictures(main, options.FigureWidthCm);
            foreach (var section in document.Sections)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body.Append(Styled(DocxStyles.Heading, section.Heading));
                foreach (var block in section.Blocks)
                {
                    AppendBlock(body, block, pictures);
                }
            }

            body.Append(Styled(DocxStyles.Note, document.Footnote));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return Task.CompletedTask;
    }

    private static void AppendBlock(Body body, ReportBlock block, DocxPictures pictures)
    {
        switch (block)
        {
            case ReportParagraph p:
                body.Append(new Paragraph(TextRun(p.Text)));
                break;
            case ReportPlaceholder p:
                body.Append(Styled(DocxStyles.Placeholder, p.Hint));
                break;
            case ReportFigure f:
                body.Append(new Paragraph(
                    new ParagraphProperties(
                        new KeepNext(),
                        new SpacingBetweenLines { Before = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                        new Indentation { FirstLine = "0", FirstLineChars = 0 },
                        new Justification { Val = JustificationValues.Center }),
                    new Run(pictures.Add(f.Chart))));
                body.Append(Styled(DocxStyles.Caption, f.Caption));
                break;
            case ReportTable t:
                body.Append(Styled(DocxStyles.Caption, t.Caption));
                body.Append(DocxTables.Build(t));
                if (t.Note is not null)
                {
                    body.Append(Styled(DocxStyles.Note, t.Note));
                }
                else
                {
                    body.Append(Styled(DocxStyles.Note, string.Empty));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "未知的报告内容类型。");
        }
    }

    internal static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text));

    internal static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Footer PageNumberFooter() => new(
        new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            FooterRun("— "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            FooterRun("1"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            FooterRun(" —")));

    private static Run FooterRun(string text) => new(
        new RunProperties(new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }),
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    internal static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
