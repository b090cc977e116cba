using System.Globalization;
using System.Text;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>Renders key figures as a row of cards.</summary>
internal static class Cards
{
    public static string Render(IEnumerable<Card> cards)
    {
        var sb = new StringBuilder("<div class=\"cards\">");
        foreach (var card in cards)
        {
            var tone = card.Tone is null ? string.Empty : " " + card.Tone;
            var value = card.Parts is null
                ? HtmlText.Encode(card.Value)
                : string.Join(" / ", card.Parts.Select(p => $"<span class=\"{p.Tone}\">{HtmlText.Encode(p.Text)}</span>"));
            // A value in words (未达到双过半) is set a little smaller and kept on one line: at the figures' size it broke as 未达到双过/半.
            var words = card.Parts is null && card.Value.Length > 1 && !card.Value.Any(char.IsAsciiDigit) ? " words" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"card{tone}\"><div class=\"label\">{HtmlText.Encode(card.Label)}</div><div class=\"value{words}\">{value}</div>");
            if (card.Delta is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<div class=\"delta\">{HtmlText.Encode(card.Delta)}</div>");
            }

            sb.Append("</div>");
        }

        return sb.Append("</div>").ToString();
    }
}
