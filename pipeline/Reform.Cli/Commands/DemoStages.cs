using System.Diagnostics;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Runs the demo's stages one after another with a spinner each, then a line with what it did and how long it took.</summary>
internal sealed class DemoStages(IAnsiConsole console)
{
    public async Task<T> RunAsync<T>(string title, Func<Task<(T Result, string Note)>> stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var watch = Stopwatch.StartNew();
        (T Result, string Note) outcome = default;
        if (console.Profile.Capabilities.Interactive)
        {
            await console.Status().StartAsync(title + " …", async _ => outcome = await stage().ConfigureAwait(false)).ConfigureAwait(false);
        }
        else
        {
            ConsoleText.Line(console, $"[grey]{Markup.Escape(title)} …[/]");
            outcome = await stage().ConfigureAwait(false);
        }

        ConsoleText.Line(console, $"[green]✓[/] [bold]{Markup.Escape(title)}[/]：{Markup.Escape(outcome.Note ?? string.Empty)}[grey]（{FigureText.Number(watch.Elapsed.TotalSeconds)}秒）[/]");
        return outcome.Result;
    }
}
