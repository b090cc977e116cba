using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>Renders a <see cref="ListSpec"/>: filters, the list (cut at the page limit), downloads of the whole list.</summary>
internal static class ListPage
{
    public static async Task<IResult> RenderAsync(PageContext ctx, ListSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var body = new StringBuilder();
        body.Append(FilterBar.Render(ctx.Data.Facts, ctx.Filter, spec.Filters));
        if (PageData.Relation(ctx, spec.Relation) is not { } relation)
        {
            body.Append(Notice.NotYet(spec.MissingWhat, spec.MissingHow));
            return ctx.Page(spec.Title, spec.Path, body.ToString());
        }

        var query = new ViewQuery(relation);
        spec.Configure(ctx, query);
        var period = spec.Period(ctx);
        if (PageData.WantsDownload(ctx))
        {
            return await PageData.DownloadAsync(ctx, query, $"{spec.Title}_{period}").ConfigureAwait(false);
        }

        var table = await PageData.QueryAsync(ctx, query).ConfigureAwait(false);
        var lead = spec.LeadAsync is null ? spec.Lead : await spec.LeadAsync(ctx).ConfigureAwait(false);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{HtmlText.Encode(lead)}</p>");
        body.Append(spec.Before?.Invoke(ctx, table));
        if (spec.BeforeAsync is not null)
        {
            body.Append(await spec.BeforeAsync(ctx).ConfigureAwait(false));
        }

        body.Append(CultureInfo.InvariantCulture, $"<p>共{Format.Integer(table.Rows.Count)}{(table.Truncated ? "+" : string.Empty)}条。</p>");
        body.Append(PageData.DownloadLinks(ctx));
        var hidden = new HashSet<string>(ctx.Filter.FixedColumns(spec.Filters), StringComparer.Ordinal) { "task_id" };
        hidden.UnionWith(spec.Hidden?.Invoke(ctx, table) ?? []);
        body.Append(TableHtml.Render(table, ctx.Filter.Query(false), hidden));
        body.Append(PageData.TruncationNote(ctx, table));
        if (spec.AfterAsync is not null)
        {
            body.Append(await spec.AfterAsync(ctx).ConfigureAwait(false));
        }

        return ctx.Page($"{spec.Title} · {period}", spec.Path, body.ToString());
    }
}
