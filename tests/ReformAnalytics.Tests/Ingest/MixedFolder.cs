using System.Text;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A folder of June 2024 returns in the shapes real offices send, whose expected rows are worked out by
/// hand in <see cref="IngestGoldenTests"/>:
/// <list type="bullet">
/// <item><c>2024年6月改革任务总台账.xlsx</c>: title row, two-row merged header (责任分工 over 牵头单位 | 责任单位),
/// two section rows with 序号 restarting, a percent cell, multi-value co-units (、 and a line break), a
/// milestone deadline, an open-ended task, a row with no task text (an issue), a note row and a 填报人 row;</item>
/// <item><c>2024年6月自选试点台账.csv</c>: GB18030, comma separated, aliased headers (改革事项, 牵头部门, 分管领导, 完成时间, 推进情况, 进度, 推进状态);</item>
/// <item><c>2024年6月上级部署试点台账.csv</c>: UTF-16 LE with BOM, tab separated.</item>
/// </list>
/// </summary>
internal static class MixedFolder
{
    static MixedFolder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteOverallWorkbook(Path.Combine(folder, "2024年6月改革任务总台账.xlsx"));
        WriteLocalPilotCsv(Path.Combine(folder, "2024年6月自选试点台账.csv"), progressOfFirst: "30%");
        WriteAssignedPilotCsv(Path.Combine(folder, "2024年6月上级部署试点台账.csv"));
    }

    public static void WriteOverallWorkbook(string path)
    {
        using var stream = File.Create(path);
        using var x = new XlsxWriter(stream);
        x.StartSheet("6月");
        x.WriteRow(XlsxCell.Of("2024年全面深化改革任务台账（6月）", XlsxStyle.Title));
        x.Merge(1, 1, 1, 9);
        x.WriteRow(H("序号"), H("改革任务"), H("责任分工"), H(null), H("责任领导"), H("完成时限"), H("进展情况"), H("完成进度"), H("状态"));
        x.WriteRow(H(null), H(null), H("牵头单位"), H("责任单位"), H(null), H(null), H(null), H(null), H(null));
        x.Merge(2, 1, 3, 1);
        x.Merge(2, 2, 3, 2);
        x.Merge(2, 3, 2, 4);
        for (var c = 5; c <= 9; c++)
        {
            x.Merge(2, c, 3, c);
        }

        x.WriteRow("一、经济体制改革专项小组");
        x.Merge(4, 1, 4, 9);
        x.WriteRow(XlsxCell.Of(1), "深化国有企业改革", "县国资办", "县财政局、县发改局", "张建国", "2024年6月底前", "已出台实施方案", XlsxCell.Percent(1.0), "已完成");
        x.WriteRow(XlsxCell.Of(2), "推进营商环境优化", "县发改局", "县市场监管局\n县政务服务中心", "李明", "年底前", "正在推进", XlsxCell.Of(50), "序时推进");
        x.WriteRow("二、社会体制改革专项小组");
        x.Merge(7, 1, 7, 9);
        x.WriteRow(XlsxCell.Of(1), "完善养老服务体系", "县民政局", null, "王芳", "6月底前出台方案；12月底前全面推开", "方案已起草", XlsxCell.Percent(0.4), "滞后");
        x.WriteRow(XlsxCell.Of(2), "健全社会救助机制", "县民政局", "县财政局", "王芳", "长期坚持", "持续推进中", null, "推进中");
        x.WriteRow(XlsxCell.Of(3), null, "县教育局", null, "王芳", "2024年9月", "已启动", XlsxCell.Of(20), "推进中");
        x.WriteRow();
        x.WriteRow("注：完成进度以百分比填写。");
        x.WriteRow("填报人：张三  联系电话：12345678");
    }

    public static void WriteLocalPilotCsv(string path, string progressOfFirst)
    {
        var text = "序号,改革事项,牵头部门,分管领导,完成时间,推进情况,进度,推进状态\r\n"
            + $"1,开展农村集体经营性建设用地入市试点,县自然资源局,赵强,2024/12/31,完成土地摸底,{progressOfFirst},进度滞后\r\n"
            + "2,推进县域医共体建设试点,县卫健局,钱伟,三季度末,\"已完成，\"\"县乡一体\"\"运行\",100%,已完成\r\n";
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(text));
    }

    public static void WriteAssignedPilotCsv(string path)
    {
        var text = "序号\t改革任务\t牵头单位\t责任领导\t完成时限\t进展情况\t完成进度\t状态\r\n"
            + "1\t全面推行林长制试点\t县林业局\t孙丽\t2024.8\t巡林制度已建立\t60\t按计划推进\r\n";
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
    }

    /// <summary>A file that is not a ledger at all: a meeting notice saved as CSV.</summary>
    public static void WriteMeetingNotice(string path) =>
        File.WriteAllText(path, "关于召开全面深化改革工作推进会的通知\n各乡镇、县直各单位：\n定于6月28日上午9时在县委第一会议室召开推进会，请准时参加。\n", new UTF8Encoding(false));

    private static XlsxCell H(string? text) => XlsxCell.Of(text, XlsxStyle.Header);
}
