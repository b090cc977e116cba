using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Pages;

namespace ReformAnalytics.Dashboard.Hosting;

/// <summary>Every address the dashboard answers.</summary>
internal static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/static/{file}", (string file) => StaticFiles.Serve(file));
        app.MapGet("/health", (DatabaseMirror mirror) => Results.Text(mirror.Current is { } g ? "ok " + g.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "starting", "text/plain; charset=utf-8"));

        Page(app, "/", OverviewPage.RenderAsync);
        Page(app, "/tasks", TaskListPage.RenderAsync);
        Page(app, "/tasks/{id}", TaskPage.RenderAsync);
        Page(app, "/groups", ctx => EntityPages.ListAsync(ctx, EntityKind.Group));
        Page(app, "/groups/{name}", ctx => EntityPages.DetailAsync(ctx, EntityKind.Group));
        Page(app, "/units", ctx => EntityPages.ListAsync(ctx, EntityKind.Unit));
        Page(app, "/units/{name}", ctx => EntityPages.DetailAsync(ctx, EntityKind.Unit));
        Page(app, "/units/{name}/notice", UnitNotice.ServeAsync);
        Page(app, "/leaders", ctx => EntityPages.ListAsync(ctx, EntityKind.Leader));
        Page(app, "/leaders/{name}", ctx => EntityPages.DetailAsync(ctx, EntityKind.Leader));
        foreach (var list in ListSpecs.All)
        {
            Page(app, list.Path, ctx => ListPage.RenderAsync(ctx, list));
        }

        Page(app, "/charts/{month}/{file}", ChartsPanel.ServeAsync);
        Page(app, "/risks", RiskPage.RenderAsync);
        Page(app, "/issues", IssuesPage.RenderAsync);
        Page(app, "/sql", SqlPage.RenderAsync);
        app.MapPost("/sql", http => PageEndpoint.ServeAsync(http, SqlPage.RunAsync));
        app.MapPost("/sql/download", http => PageEndpoint.ServeAsync(http, SqlPage.DownloadAsync));
        app.MapGet("/sql/download", http => PageEndpoint.ServeAsync(http, SqlPage.DownloadAsync));
    }

    private static void Page(WebApplication app, string pattern, Func<PageContext, Task<IResult>> handler) =>
        app.MapGet(pattern, http => PageEndpoint.ServeAsync(http, handler));
}
