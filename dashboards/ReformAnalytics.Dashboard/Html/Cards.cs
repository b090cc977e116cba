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
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"card{tone}\"><div class=\"label\">{HtmlText.Encode(card.Label)}</div><div class=\"value\">{value}</div>");
            if (card.Delta is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<div class=\"delta\">{HtmlText.Encode(card.Delta)}</div>");
            }

            sb.Append("</div>");
        }

        return sb.Append("</div>").ToString();
    }
}
