using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReformAnalytics.Risk;

/// <summary>Writes a <see cref="RiskBacktestResult"/> as Markdown (for people, in Chinese) and JSON (for programs).</summary>
public static class RiskBacktestReport
{
    public const string MarkdownFile = "risk-backtest.md";
    public const string JsonFile = "risk-backtest.json";

    /// <summary>Writes both files into <paramref name="outputDirectory"/> (created when missing); returns their full paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(RiskBacktestResult result, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var markdown = Path.GetFullPath(Path.Combine(outputDirectory, MarkdownFile));
        var json = Path.GetFullPath(Path.Combine(outputDirectory, JsonFile));
        await File.WriteAllTextAsync(markdown, Markdown(result), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        var stream = new FileStream(json, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, result with { Files = [] }, RiskJson.Options, cancellationToken).ConfigureAwait(false);
        }

        return [markdown, json];
    }

    /// <summary>The report as Markdown: the definition, the table of methods (mean ± spread), the targets, each cut-off.</summary>
    public static string Markdown(RiskBacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var k = result.TopK;
        var md = new StringBuilder();
        md.AppendLine("# 风险模型回测报告").AppendLine();
        if (!result.Succeeded)
        {
            md.AppendLine(result.Message);
            return md.ToString();
        }

        Line(md, $"- 预测对象：截点时的在办任务（有完成时限、未完成、未暂缓{(result.IncludeAlreadyRed ? string.Empty : "、当前未亮红灯")}），此后{result.Horizon}个月内是否滞后（任一月逾期、亮红灯或到期未完成）。");
        Line(md, $"- 台账月份：{result.FirstMonth?.Label}至{result.LastMonth?.Label}；截点{result.CutOffs.Count}个：{string.Join("、", result.CutOffs.Select(c => c.CutOff.Label))}。");
        Line(md, $"- 每个截点只用截点前结果已知（观察期已满）的数据训练；截点时在办的任务不进入训练，同一任务不会同时出现在训练和检验两侧。");
        Line(md, $"- 前 k 名：k = {k}（一次督察能看的任务数）；各指标为截点平均 ± 标准差，滞后率平均{result.MeanPrevalence:0.000}。");
        md.AppendLine();
        md.AppendLine("## 各方法（截点平均 ± 标准差）").AppendLine();
        Line(md, $"| 方法 | ROC-AUC | PR-AUC | 前{k}名精确率 | 前{k}名召回率 | Brier 分数 | 校准误差 ECE | ECE 抽样下限 | ECE（各截点合并） |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var s in result.Summaries)
        {
            Line(md, $"| {RiskMethodNames.Label(s.Method)} | {Stat(s.RocAuc)} | {Stat(s.PrAuc)} | {Stat(s.PrecisionAtK)} | {Stat(s.RecallAtK)} | {Stat(s.Brier, "0.0000")} | {Stat(s.CalibrationError)} | {Stat(s.CalibrationErrorFloor)} | {Num(s.Pooled.CalibrationError)} |");
        }

        md.AppendLine();
        Line(md, $"ECE 按{RiskMetrics.CalibrationBins}个等宽概率区间计算。一个截点只有几十到一两百项在办任务，即使概率完全准确，ECE 也会因抽样而不为零：“ECE 抽样下限”是按该方法自己的概率模拟结果（200次，固定种子）得到的期望 ECE；“各截点合并”把全部截点的任务放在一起计算。");

        md.AppendLine();
        md.AppendLine("## 目标").AppendLine();
        md.AppendLine("| 目标 | 结果 | 说明 |");
        md.AppendLine("|---|---|---|");
        foreach (var t in result.Targets)
        {
            Line(md, $"| {t.Name} | {(t.Met ? "达到" : "未达到")} | {t.Detail} |");
        }

        md.AppendLine();
        md.AppendLine(Conclusion(result)).AppendLine();
        md.AppendLine("## 各截点").AppendLine();
        Line(md, $"| 截点 | 训练样本 | 训练任务 | 在办任务 | 其后滞后 | 方法 | ROC-AUC | PR-AUC | 前{k}名精确率 | 前{k}名召回率 | Brier | ECE（抽样下限） |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in result.CutOffs)
        {
            foreach (var m in c.Methods)
            {
                var x = m.Metrics;
                Line(md, $"| {c.CutOff} | {c.TrainingRows} | {c.TrainingTasks} | {c.TestTasks} | {c.TestFellBehind} | {RiskMethodNames.Label(m.Method)} | {Num(x.RocAuc)} | {Num(x.PrAuc)} | {Num(x.PrecisionAtK)} | {Num(x.RecallAtK)} | {Num(x.Brier, "0.0000")} | {Num(x.CalibrationError)}（{Num(x.CalibrationErrorFloor)}） |");
            }
        }

        if (result.Notes.Count > 0)
        {
            md.AppendLine().AppendLine("## 跳过的截点").AppendLine();
            foreach (var note in result.Notes)
            {
                md.Append("- ").AppendLine(note);
            }
        }

        return md.ToString();
    }

    /// <summary>One plain sentence: whether the model met its targets and how it stands against the best rule.</summary>
    public static string Conclusion(RiskBacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return result.Message!;
        }

        var missed = result.Targets.Where(t => !t.Met).Select(t => t.Name).ToList();
        var text = missed.Count == 0
            ? "结论：模型达到了全部目标。"
            : $"结论：模型未达到全部目标，未达到的有：{string.Join("；", missed)}。";
        var model = result.Summary(RiskMethod.Model);
        var best = result.Summaries.Where(s => RiskMethodNames.IsRule(s.Method) && double.IsFinite(s.PrAuc.Mean)).MaxBy(s => s.PrAuc.Mean);
        if (model is not null && best is not null)
        {
            text += model.PrAuc.Mean > best.PrAuc.Mean
                ? string.Create(CultureInfo.InvariantCulture, $"模型的 PR-AUC（{model.PrAuc.Mean:0.000}）高于最好的规则（{RiskMethodNames.Label(best.Method)}，{best.PrAuc.Mean:0.000}）。")
                : string.Create(CultureInfo.InvariantCulture, $"模型的 PR-AUC（{model.PrAuc.Mean:0.000}）没有超过最好的规则（{RiskMethodNames.Label(best.Method)}，{best.PrAuc.Mean:0.000}）：模型并不比简单规则更好。");
        }

        return text;
    }

    private static string Stat(RiskStat s, string format = "0.000") =>
        double.IsFinite(s.Mean) ? s.Mean.ToString(format, CultureInfo.InvariantCulture) + " ± " + s.Spread.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static string Num(double v, string format = "0.000") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}
