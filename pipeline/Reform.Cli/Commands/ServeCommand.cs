using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Dashboard;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform serve`: the office's dashboard and SQL console, on loopback unless a token is given.</summary>
internal sealed class ServeCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "port", "host", "token"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "serve";

    public string Summary => "启动看板（含只读 SQL 查询台），默认只在本机 127.0.0.1 访问";

    public string Usage => $"用法：reform serve --db 数据库文件 [--port 端口，默认{DashboardOptions.DefaultPort}] [--host 地址，默认 127.0.0.1] [--token 访问令牌，或环境变量 {DashboardOptions.TokenEnvironmentVariable}]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var options = new DashboardOptions
        {
            DatabasePath = a.Require("db"),
            Port = a.GetInt("port", DashboardOptions.DefaultPort),
            Host = a.Get("host", DashboardOptions.DefaultHost),
            AccessToken = a.Get("token"),
        };
        try
        {
            await DashboardHost.RunAsync(options, context.Out, ct).ConfigureAwait(false);
        }
        catch (DashboardOptionsException e)
        {
            ConsoleText.Line(context.Console, $"[red]{Markup.Escape(e.Message)}[/]");
            return CommandLine.BadUsage;
        }

        return CommandLine.Ok;
    }
}
