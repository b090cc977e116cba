using System.Text;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// Golden test of the report's structure: title, section headings, and each block in order (tables with their
/// columns, figures with their captions). The expected outline is Data/Reports/quarterly-report-structure.txt.
/// </summary>
public sealed class ReportStructureTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    internal static string Outline(ReportDocument document)
    {
        var b = new StringBuilder();
        b.Append("# ").Append(document.Title).Append('\n');
        foreach (var section in document.Sections)
        {
            b.Append("## ").Append(section.Heading).Append('\n');
            foreach (var block in section.Blocks)
            {
                b.Append(block switch
                {
                    ReportParagraph => "段落",
                    ReportPlaceholder => "留白（改革办填写）",
                    ReportFigure f => "图：" + f.Caption + "（" + f.Chart.Name + "）",
                    ReportTable t => "表：" + t.Caption + "｜" + string.Join("｜", t.Columns),
                    _ => block.GetType().Name,
                }).Append('\n');
            }
        }

        return b.ToString();
    }

    [Fact]
    public async Task QuarterReport_HasTheGoldenOutline()
    {
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "Reports", "quarterly-report-structure.txt"));

        Assert.Equal(expected.ReplaceLineEndings("\n"), Outline(await fixture.Q2Async()));
    }

    [Fact]
    public async Task Html_CarriesEveryHeadingAndTableHeader_OfTheOutline()
    {
        var document = await fixture.Q2Async();
        var html = HtmlReportWriter.Render(document);

        foreach (var section in document.Sections)
        {
            Assert.Contains("<h2>" + System.Net.WebUtility.HtmlEncode(section.Heading) + "</h2>", html, StringComparison.Ordinal);
        }

        foreach (var table in document.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>())
        {
            Assert.Contains("<thead><tr>" + string.Concat(table.Columns.Select(c => "<th>" + c + "</th>")) + "</tr></thead>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_AreTheEightSectionsACommissionExpects()
    {
        Assert.Equal(
            ["一、总体进展情况", "二、分专项小组和分台账推进情况", "三、牵头单位推进情况", "四、“双过半”情况", "五、逾期和停滞任务（负面清单）",
             "六、本季度改革成果（成果清单）", "七、督察前需重点关注的风险任务", "八、下一步工作打算"],
            ReportHeadings.All);
    }
}
