using System.Diagnostics;
using System.Globalization;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// A bounded load run against a running dashboard (for the closing note, not a test):
/// <c>dotnet ReformAnalytics.Dashboard.Tests.dll load-run [--clients 20] [--seconds 30] URL…</c>.
/// Each client requests the URLs in turn for the given time; prints requests per second and the
/// p50/p95/p99 latency of every URL.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var clients = 20;
        var seconds = 30;
        var urls = new List<Uri>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--clients": clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: urls.Add(new Uri(args[i])); break;
            }
        }

        if (urls.Count == 0)
        {
            Console.Error.WriteLine("usage: load-run [--clients 20] [--seconds 30] URL...");
            return 2;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var url in urls)
        {
            using var warm = await http.GetAsync(url);
            warm.EnsureSuccessStatusCode();
        }

        var latencies = urls.ToDictionary(u => u, _ => new List<double>());
        var failures = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = urls.ToDictionary(u => u, _ => new List<double>());
            var n = c;
            while (!stop.IsCancellationRequested)
            {
                var url = urls[n++ % urls.Count];
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(url, stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                        continue;
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }

                mine[url].Add(watch.Elapsed.TotalMilliseconds);
            }

            return mine;
        })).ToList();
        foreach (var result in await Task.WhenAll(workers))
        {
            foreach (var (url, list) in result)
            {
                latencies[url].AddRange(list);
            }
        }

        total.Stop();
        var count = latencies.Values.Sum(l => l.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients} clients, {total.Elapsed.TotalSeconds:0.0} s: {count} requests, {count / total.Elapsed.TotalSeconds:0.0} req/s, {failures} failed"));
        foreach (var (url, list) in latencies)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{url.PathAndQuery}: {list.Count} requests, {list.Count / total.Elapsed.TotalSeconds:0.0} req/s, p50 {P(list, 0.50):0.0} ms, p95 {P(list, 0.95):0.0} ms, p99 {P(list, 0.99):0.0} ms"));
        }

        return failures == 0 ? 0 : 1;
    }

    private static double P(List<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
