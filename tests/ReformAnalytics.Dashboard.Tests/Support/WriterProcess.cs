using System.Diagnostics;
using DuckDB.NET.Data;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// A second process that opens the database for writing and holds DuckDB's write lock, as `reform ingest`
/// does, until told to finish. The test assembly doubles as this program (see <see cref="Program"/>);
/// each line sent is executed as SQL and answered with "ok" or "error: …"; "exit" closes the database.
/// </summary>
public sealed class WriterProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WriterProcess(Process process) => _process = process;

    public static async Task<WriterProcess> StartAsync(string databasePath)
    {
        var assembly = typeof(WriterProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(Path.ChangeExtension(assembly, ".runtimeconfig.json"));
        start.ArgumentList.Add("--depsfile");
        start.ArgumentList.Add(Path.ChangeExtension(assembly, ".deps.json"));
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("hold-writer");
        start.ArgumentList.Add(databasePath);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the writer process");
        var writer = new WriterProcess(process);
        var first = await writer.ReadLineAsync();
        return first == "ready" ? writer : throw new InvalidOperationException("writer process failed: " + first + await process.StandardError.ReadToEndAsync());
    }

    public async Task ExecuteAsync(string sql)
    {
        await _process.StandardInput.WriteLineAsync(sql.ReplaceLineEndings(" "));
        await _process.StandardInput.FlushAsync();
        var answer = await ReadLineAsync();
        if (answer != "ok")
        {
            throw new InvalidOperationException("writer: " + answer);
        }
    }

    /// <summary>Closes the database (DuckDB checkpoints and releases the lock) and waits for the process to end.</summary>
    public async Task FinishAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        await _process.StandardInput.WriteLineAsync("exit");
        await _process.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _process.StandardOutput.ReadLineAsync(timeout.Token);
    }

    /// <summary>The writer side, run in the child process.</summary>
    internal static int Run(string databasePath)
    {
        using var connection = new DuckDBConnection($"DataSource={databasePath}");
        connection.Open();
        Console.WriteLine("ready");
        string? line;
        while ((line = Console.ReadLine()) is not null && line != "exit")
        {
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = line;
                command.ExecuteNonQuery();
                Console.WriteLine("ok");
            }
            catch (DuckDBException e)
            {
                Console.WriteLine("error: " + e.Message.ReplaceLineEndings(" "));
            }
        }

        return 0;
    }
}
