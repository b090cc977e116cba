using System.Globalization;
using System.Text;
using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Composes the progress narrative (进展情况) from the task's true phase: a sentence for where the work is,
/// then, when the task is truly in trouble (stalled, lagging the plan by more than 12 points, or overdue), a
/// sentence with the words of trouble (困难, 协调, 尚未, 暂缓, 资金缺口) — less often for an optimistic unit,
/// which also plays the lag down in its words — and otherwise now and then a sentence of work on plan. A few
/// good months mention 协调 too: the words are a signal, not a rule.
/// </summary>
internal static class NarrativeWriter
{
    private static readonly string[] DocumentForms = ["实施意见", "工作方案", "实施方案", "管理办法", "实施细则"];

    public static string Compose(SampleTask task, int year, int month, bool trouble, Random rng)
    {
        var text = new StringBuilder(96);
        switch (task.Phase)
        {
            case TaskPhase.NotStarted:
                Append(text, rng.Pick(NarrativePhrases.NotStarted), task, year, month, rng);
                return text.ToString();
            case TaskPhase.Suspended:
                Append(text, rng.Pick(NarrativePhrases.Suspended), task, year, month, rng);
                return text.ToString();
            case TaskPhase.Closed:
                Append(text, rng.Pick(NarrativePhrases.ClosedOut), task, year, month, rng);
                return text.ToString();
            case TaskPhase.CompletedNow:
                Append(text, rng.Pick(task.IsDocument ? NarrativePhrases.CompletedIssue : NarrativePhrases.CompletedImplement), task, year, month, rng);
                return text.ToString();
            case TaskPhase.Stalled:
                text.Append(NarrativePhrases.StalledLead);
                Append(text, rng.Pick(NarrativePhrases.Trouble), task, year, month, rng);
                return text.ToString();
            case TaskPhase.AwaitingApproval:
                Append(text, rng.Pick(NarrativePhrases.AwaitingApproval), task, year, month, rng);
                break;
            default:
                Append(text, rng.Pick(Stage(task)), task, year, month, rng);
                break;
        }

        if (trouble && rng.Chance(task.Lead.Optimism > 0.5 ? 0.6 : 0.85))
        {
            Append(text, rng.Pick(NarrativePhrases.Trouble), task, year, month, rng);
        }
        else if (!trouble)
        {
            var r = rng.NextDouble();
            if (r < 0.45)
            {
                text.Append(rng.Pick(NarrativePhrases.Positive));
            }
            else if (r < 0.53)
            {
                text.Append(rng.Pick(NarrativePhrases.Neutral));
            }
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> Stage(SampleTask task) => task.Progress switch
    {
        _ when task.Deadline.OpenEnded => NarrativePhrases.OpenEnded,
        < 30 => NarrativePhrases.Early,
        < 70 => task.IsDocument ? NarrativePhrases.MiddleIssue : NarrativePhrases.MiddleImplement,
        _ => task.IsDocument ? NarrativePhrases.LateIssue : NarrativePhrases.LateImplement,
    };

    /// <summary>Appends <paramref name="template"/>, filling each placeholder as it comes (only those present draw numbers).</summary>
    private static void Append(StringBuilder text, string template, SampleTask task, int year, int month, Random rng)
    {
        var k = 0;
        var at = 0;
        while (true)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                text.Append(template, at, template.Length - at);
                return;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, at, open - at);
            switch (template.AsSpan(open + 1, close - open - 1))
            {
                case "n": Number(text, rng.Next(2, 9)); break;
                case "k": k = rng.Next(4, 10); Number(text, k); break;
                case "j": Number(text, k == 0 ? rng.Next(1, 10) : Math.Clamp((int)Math.Round(k * task.Progress / 100), 1, k)); break;
                case "towns": Number(text, rng.Next(3, 19)); break;
                case "amount": Number(text, rng.Next(5, 300) * 10); break;
                case "pct": Number(text, (int)task.Progress); break;
                case "next": Number(text, Math.Min(12, month + 1)); break;
                case "cm": Number(text, task.CompletedMonth); break;
                case "doc":
                    var form = DocumentForms.Contains(task.ResultForm, StringComparer.Ordinal) ? task.ResultForm : "实施意见";
                    text.Append("《关于").Append(task.CoreName).Append('的').Append(form).Append('》');
                    break;
                default:
                    text.Append(rng.Pick(NarrativePhrases.DocumentIssuers)).Append('〔');
                    Number(text, year);
                    text.Append('〕');
                    Number(text, rng.Next(3, 60));
                    text.Append('号');
                    break;
            }

            at = close + 1;
        }
    }

    private static void Number(StringBuilder text, int value) => text.Append(value.ToString(CultureInfo.InvariantCulture));
}
