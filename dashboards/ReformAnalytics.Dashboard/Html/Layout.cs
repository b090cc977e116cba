using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>The frame around every page: title, navigation, data status line.</summary>
internal static class Layout
{
    public static readonly (string Path, string Label)[] Navigation =
    [
        ("/", "总览"),
        ("/groups", "专项小组"),
        ("/units", "牵头单位"),
        ("/leaders", "责任领导"),
        ("/tasks", "任务"),
        ("/risks", "风险清单"),
        ("/results", "成果清单"),
        ("/negative", "负面清单"),
        ("/ranking", "红黑榜"),
        ("/assessment", "年度考核"),
        ("/double-half", "双过半"),
        ("/discipline", "报送情况"),
        ("/issues", "入库问题"),
        ("/sql", "SQL 查询"),
    ];

    public static string Page(string title, string activePath, string body, DataGeneration? data, MirrorStatus status)
    {
        var sb = new StringBuilder(body.Length + 4096);
        Head(sb, title);
        sb.Append("<body><header class=\"top\"><a class=\"brand\" href=\"/\">改革任务台账看板</a><nav>");
        foreach (var (path, label) in Navigation)
        {
            var active = string.Equals(path, activePath, StringComparison.Ordinal) ? " class=\"active\"" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"{path}\"{active}>{label}</a>");
        }

        sb.Append("</nav></header>");
        StatusLine(sb, data, status);
        sb.Append("<main>");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Encode(title)}</h1>");
        sb.Append(body);
        sb.Append("</main><footer>改革办 · 数据来自逐月台账报送；所有指标均由数据库按统一的指标定义计算，可在“SQL 查询”页逐项复核。</footer></body></html>");
        return sb.ToString();
    }

    /// <summary>A page without navigation, for refusals and errors before any data is involved.</summary>
    public static string Bare(string title, string message)
    {
        var sb = new StringBuilder(1024);
        Head(sb, title);
        sb.Append(CultureInfo.InvariantCulture, $"<body><main class=\"bare\"><h1>{HtmlText.Encode(title)}</h1><p>{HtmlText.Encode(message)}</p></main></body></html>");
        return sb.ToString();
    }

    private static void Head(StringBuilder sb, string title)
    {
        sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Encode(title)} · 改革任务台账看板</title>");
        sb.Append("<link rel=\"stylesheet\" href=\"/static/site.css\"><script src=\"/static/site.js\" defer></script></head>");
    }

    private static void StatusLine(StringBuilder sb, DataGeneration? data, MirrorStatus status)
    {
        sb.Append("<div class=\"status\">");
        if (data is null)
        {
            sb.Append("尚未载入数据。");
        }
        else
        {
            var latest = data.Facts.LatestMonth is { } m ? Format.Month(m) : "（暂无月度数据）";
            sb.Append(CultureInfo.InvariantCulture, $"数据截至<b>{latest}</b> · 共{Format.Integer(data.Facts.Tasks)}项任务、{Format.Integer(data.Facts.SnapshotRows)}条月度记录 · 第{data.Number}版数据，载入于{Format.LocalTime(data.CopiedAt)}");
        }

        if (data?.Warning is { } warning)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"busy\">{HtmlText.Encode(warning)}</span>");
        }

        if (status.WriterSeenSince is { } since)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"busy\">数据库正在入库（{Format.LocalTime(since)}起），当前显示的是上一版完整数据；入库完成后自动更新。</span>");
        }
        else if (status.LastOutcome == RefreshOutcome.Failed && status.LastError is { } error)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"busy\">最近一次读取数据库失败：{HtmlText.Encode(error)}。仍显示上一版数据。</span>");
        }
        else if (status.LastOutcome == RefreshOutcome.Missing)
        {
            sb.Append("<span class=\"busy\">找不到数据库文件，仍显示上一版数据。</span>");
        }

        sb.Append("</div>");
    }
}
