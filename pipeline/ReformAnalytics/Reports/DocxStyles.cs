using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReformAnalytics.Reports;

/// <summary>The styles part and font table of the Word report. Element order follows the schema (the validator checks it).</summary>
internal static class DocxStyles
{
    public const string Title = "ReportTitle";
    public const string Subtitle = "ReportSubtitle";
    public const string Heading = "Heading1";
    public const string Caption = "ReportCaption";
    public const string TableText = "ReportTableText";
    public const string Note = "ReportNote";
    public const string Placeholder = "ReportPlaceholder";

    public static Styles Build(DocxReportOptions o)
    {
        var body = HalfPoints(o.BodySize);
        var table = HalfPoints(o.TableSize);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(o.LatinFont, o.BodyFont),
                    new FontSize { Val = body },
                    new FontSizeComplexScript { Val = body },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0" }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true,
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact },
                    new Indentation { FirstLine = FirstLineIndent(o.BodySize), FirstLineChars = 200 },
                    new Justification { Val = JustificationValues.Both }),
                new StyleRunProperties(new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            ParagraphStyle(Title, "Report Title", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "240", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(o.LatinFont, o.TitleFont), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
            ParagraphStyle(Subtitle, "Report Subtitle", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new SpacingBetweenLines { After = "360", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
            ParagraphStyle(Heading, "heading 1", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Before = "120", After = "0" },
                    new OutlineLevel { Val = 0 }),
                new StyleRunProperties(Fonts(o.LatinFont, o.HeadingFont))),
            ParagraphStyle(Caption, "Report Caption", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Before = "120", After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(o.LatinFont, o.HeadingFont), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
            ParagraphStyle(TableText, "Report Table Text", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Left }),
                new StyleRunProperties(new FontSize { Val = table }, new FontSizeComplexScript { Val = table })),
            ParagraphStyle(Note, "Report Note", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 }),
                new StyleRunProperties(new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })),
            ParagraphStyle(Placeholder, "Report Placeholder", "Normal", isDefault: false,
                new StyleParagraphProperties(
                    new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Dashed, Size = 4, Space = 4, Color = "808080" },
                        new LeftBorder { Val = BorderValues.Dashed, Size = 4, Space = 4, Color = "808080" },
                        new BottomBorder { Val = BorderValues.Dashed, Size = 4, Space = 4, Color = "808080" },
                        new RightBorder { Val = BorderValues.Dashed, Size = 4, Space = 4, Color = "808080" }),
                    new SpacingBetweenLines { Before = "120", After = "1200" }),
                new StyleRunProperties(new Color { Val = "666666" })));
    }

    public static Fonts FontTable(DocxReportOptions o)
    {
        var fonts = new Fonts();
        foreach (var name in new[] { o.TitleFont, o.HeadingFont, o.BodyFont }.Distinct(StringComparer.Ordinal))
        {
            var (alt, family) = name switch
            {
                "黑体" => ("SimHei", FontFamilyValues.Modern),
                "仿宋" => ("FangSong", FontFamilyValues.Modern),
                "楷体" => ("KaiTi", FontFamilyValues.Modern),
                "宋体" => ("SimSun", FontFamilyValues.Auto),
                _ => (null, FontFamilyValues.Auto),
            };
            var font = new Font { Name = name };
            if (alt is not null)
            {
                font.Append(new AltName { Val = alt });
            }

            font.Append(new FontCharSet { Val = "86" }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }

        fonts.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = o.LatinFont });
        return fonts;
    }

    private static RunFonts Fonts(string latin, string eastAsian) =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsian, ComplexScript = latin };

    /// <summary>Two characters of body text, in twentieths of a point (for readers that ignore firstLineChars).</summary>
    private static string FirstLineIndent(double bodySize) => ((int)Math.Round(bodySize * 2 * 20)).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Document settings: the East Asian language is Simplified Chinese, so a reader that lacks 仿宋/黑体 falls back
    /// to a Simplified Chinese face (LibreOffice takes the default languages from themeFontLang).
    /// </summary>
    public static Settings Settings() => new(
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle(), paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
