using System.Globalization;
using System.Net;

namespace ReformAnalytics.Dashboard;

/// <summary>
/// How `reform serve` runs the dashboard. Defaults are safe: loopback only, no token needed there;
/// any other address needs an access token (<see cref="AccessToken"/> or <see cref="TokenEnvironmentVariable"/>).
/// </summary>
public sealed class DashboardOptions
{
    public const string TokenEnvironmentVariable = "REFORM_DASHBOARD_TOKEN";

    public const string DefaultHost = "127.0.0.1";

    public const int DefaultPort = 5080;

    public const int MinimumTokenLength = 8;

    /// <summary>The DuckDB file written by `reform ingest`. The dashboard never opens it for writing.</summary>
    public string DatabasePath { get; init; } = string.Empty;

    /// <summary>Address to listen on: an IP address, <c>localhost</c>, or <c>*</c> / <c>0.0.0.0</c> for every interface.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>Port to listen on; 0 takes any free port (see <see cref="DashboardServer.Address"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Access token; when null and <see cref="ReadTokenFromEnvironment"/>, taken from <see cref="TokenEnvironmentVariable"/>.</summary>
    public string? AccessToken { get; init; }

    public bool ReadTokenFromEnvironment { get; init; } = true;

    /// <summary>Folder for the private read-only copies of the database; null = a new folder under the system temp folder.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>How often the database file is checked for a newer complete version.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>SQL console: a query still running after this is cancelled.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>SQL console: time allowed to write a full result as a download.</summary>
    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>SQL console: rows shown on the page; the full result is offered as a download.</summary>
    public int RowLimit { get; init; } = 500;

    /// <summary>Most rows written to one download (an .xlsx sheet holds 1,048,576 rows).</summary>
    public int DownloadRowLimit { get; init; } = 1_000_000;

    /// <summary>Rows shown in one list on a page (lists are downloadable in full).</summary>
    public int PageRowLimit { get; init; } = 1000;

    /// <summary>Draw the latest quarter's charts as soon as a new copy of the data is served, before anyone asks.</summary>
    public bool DrawChartsEarly { get; init; } = true;

    /// <summary>The token in force: <see cref="AccessToken"/>, else the environment variable when allowed, else none.</summary>
    public string? EffectiveToken()
    {
        var token = AccessToken;
        if (string.IsNullOrEmpty(token) && ReadTokenFromEnvironment)
        {
            token = Environment.GetEnvironmentVariable(TokenEnvironmentVariable);
        }

        return string.IsNullOrEmpty(token) ? null : token;
    }

    /// <summary>True when <see cref="Host"/> names this machine only (127.0.0.0/8, ::1, localhost).</summary>
    public bool IsLoopbackOnly()
    {
        if (string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TryParseAddress(out var address) && address is not null && IPAddress.IsLoopback(address);
    }

    /// <summary>Fails with a Chinese message saying what to change.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new DashboardOptionsException("请用 --db 指定数据库文件（reform ingest 生成的 .duckdb 文件）。");
        }

        if (Port is < 0 or > 65535)
        {
            throw new DashboardOptionsException(string.Create(CultureInfo.InvariantCulture, $"端口号应在1到65535之间，收到的是{Port}。"));
        }

        if (string.IsNullOrWhiteSpace(Host) || (!TryParseAddress(out _) && !string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)))
        {
            throw new DashboardOptionsException($"无法识别监听地址“{Host}”。请写 IP 地址（如 127.0.0.1、192.168.1.20），或写 * 表示本机所有网卡。");
        }

        var token = EffectiveToken();
        if (!IsLoopbackOnly() && token is null)
        {
            throw new DashboardOptionsException(
                $"拒绝在地址 {Host} 上启动看板：这个地址不是本机回环地址（127.0.0.1），同一网络中的其他电脑都能打开看板和 SQL 控制台，看到全部台账数据。" +
                $"要在网络上共享，必须设置访问口令：加上 --token 口令，或设置环境变量 {TokenEnvironmentVariable}，再把带口令的链接发给需要查看的同事。只在本机查看时，去掉 --host 即可。");
        }

        if (token is not null && token.Length < MinimumTokenLength)
        {
            throw new DashboardOptionsException(string.Create(CultureInfo.InvariantCulture, $"访问口令太短：至少需要{MinimumTokenLength}个字符，才不容易被猜到。"));
        }

        if (token is not null && token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new DashboardOptionsException("访问口令不能包含空格或控制字符。");
        }

        if (RefreshInterval <= TimeSpan.Zero || QueryTimeout <= TimeSpan.Zero || DownloadTimeout <= TimeSpan.Zero)
        {
            throw new DashboardOptionsException("刷新间隔和查询时限必须大于零。");
        }

        if (RowLimit < 1 || DownloadRowLimit < 1 || PageRowLimit < 1)
        {
            throw new DashboardOptionsException("行数上限必须至少为1。");
        }
    }

    /// <summary>The address to bind; null means every interface.</summary>
    internal bool TryParseAddress(out IPAddress? address)
    {
        if (Host is "*" or "+")
        {
            address = null;
            return true;
        }

        if (IPAddress.TryParse(Host.Trim('[', ']'), out var parsed))
        {
            address = parsed;
            return true;
        }

        address = null;
        return false;
    }
}
