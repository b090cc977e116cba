using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Lake;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// <c>reform remove</c>: takes a stored month out of the lake and the database, when a file went in under the wrong month
/// or ledger, or a unit's return was someone else's. A whole (ledger, month), every ledger of a month, or only one lead
/// unit's rows of it (the other units' rows kept as stored, task ids included). It is a run like an ingest: all or
/// nothing (<see cref="StoreTransaction"/>), and logged in <c>ingest_log</c> with the outcome <c>removed</c>, one row per
/// file whose rows went, so the history says what was taken out and the same file can be ingested again afterwards.
/// Without confirmation it only says what would go (<see cref="PreviewAsync"/>).
/// </summary>
public static class MonthRemoval
{
    /// <summary>What would be removed; nothing changes. Refuses (<see cref="InvalidOperationException"/>) when nothing matches.</summary>
    public static async Task<RemovalResult> PreviewAsync(RemovalRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = await UnitInForceAsync(request, ct).ConfigureAwait(false);
        await using var connection = await ReformDatabase.OpenReadOnlyAsync(request.DatabasePath, ct).ConfigureAwait(false);
        var plan = await PlanAsync(connection, request, unit, ct).ConfigureAwait(false);
        return new RemovalResult(null, [.. plan.Select(p => p.Month)]);
    }

    /// <summary>Removes what <see cref="PreviewAsync"/> shows, from the lake and the database together.</summary>
    public static async Task<RemovalResult> RunAsync(RemovalRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lake = new LakeLayout(request.LakeRoot);
        if (!Directory.Exists(lake.Root))
        {
            throw new FileNotFoundException($"找不到数据湖目录“{lake.Root}”。", lake.Root);
        }

        if (LakeCommit.RecoverIfInterrupted(lake))
        {
            await DatabaseRebuilder.RebuildAsync(lake, request.DatabasePath, ct).ConfigureAwait(false);
        }

        var unit = await UnitInForceAsync(request, ct).ConfigureAwait(false);
        await using var connection = await ReformDatabase.OpenExistingForWriteAsync(request.DatabasePath, ct).ConfigureAwait(false);
        var plan = await PlanAsync(connection, request, unit, ct).ConfigureAwait(false);
        var runId = lake.NextRunId();
        var logPartition = LakeLayout.RunPartition("ingest_log", runId);
        var partitions = plan.Select(p => LakeLayout.SnapshotPartition(p.Month.Ledger, p.Month.Month)).ToList();
        var emptied = plan.Where(p => p.Kept.Count == 0).Select(p => LakeLayout.SnapshotPartition(p.Month.Ledger, p.Month.Month)).ToList();
        var commit = new LakeCommit(lake, runId, [.. partitions, logPartition], emptied);
        var log = plan.SelectMany(p => p.Month.Files.Select(f => new IngestLogRecord
        {
            RunId = runId,
            FileName = f.File + (string.IsNullOrEmpty(f.Sheet) ? string.Empty : "#" + f.Sheet),
            Sha256 = string.Empty,
            Ledger = LedgerNames.Id(p.Month.Ledger),
            ReportMonth = p.Month.Month.FirstDay,
            Rows = f.Rows,
            Outcome = FileOutcome.Removed.ToString().ToLowerInvariant(),
            Message = p.Month.Describe(done: true),
            ReturnUnit = p.Month.Unit,
        })).ToList();

        async Task StageAsync()
        {
            foreach (var p in plan.Where(p => p.Kept.Count > 0))
            {
                await LakeWriter.WriteSnapshotsAsync(commit.StagedPath(LakeLayout.SnapshotPartition(p.Month.Ledger, p.Month.Month)), p.Kept, ct).ConfigureAwait(false);
            }

            await LakeWriter.WriteAsync(commit.StagedPath(logPartition), log, ct).ConfigureAwait(false);
        }

        async Task LoadAsync()
        {
            foreach (var p in plan)
            {
                await ReformDatabase.ExecuteAsync(connection, "DELETE FROM snapshots WHERE ledger = $1 AND report_month = $2", ct, LedgerNames.Id(p.Month.Ledger), p.Month.Month.FirstDay.ToDateTime(TimeOnly.MinValue)).ConfigureAwait(false);
                if (p.Kept.Count > 0)
                {
                    await IngestRunner.InsertStagedAsync(connection, "snapshots", commit.StagedPath(LakeLayout.SnapshotPartition(p.Month.Ledger, p.Month.Month)), ct).ConfigureAwait(false);
                }
            }

            await IngestRunner.InsertStagedAsync(connection, "ingest_log", commit.StagedPath(logPartition), ct).ConfigureAwait(false);
        }

        await StoreTransaction.RunAsync(connection, commit, StageAsync, LoadAsync, request.FaultInjection, ct).ConfigureAwait(false);
        return new RemovalResult(runId, [.. plan.Select(p => p.Month)]);
    }

    /// <summary>The unit asked for under the office's name for it, when the lake keeps a table of unit names.</summary>
    private static async Task<string?> UnitInForceAsync(RemovalRequest request, CancellationToken ct)
    {
        if (request.Unit is not { } unit)
        {
            return request.Unit;
        }

        var kept = await UnitNameStore.LoadCurrentAsync(new LakeLayout(request.LakeRoot), ct).ConfigureAwait(false);
        return kept?.Table.Canonical(unit) ?? unit;
    }

    private static async Task<List<PlannedRemoval>> PlanAsync(DuckDBConnection connection, RemovalRequest request, string? unit, CancellationToken ct)
    {
        var ledgers = await StoredLedgersAsync(connection, request.Month, ct).ConfigureAwait(false);
        var what = request.Ledger is { } asked ? LedgerNames.Label(asked) : "任何台账";
        if (ledgers.Count == 0 || (request.Ledger is { } l && !ledgers.Contains(l)))
        {
            var others = ledgers.Count == 0 ? string.Empty : $"该月已入库的有：{string.Join("、", ledgers.Select(LedgerNames.Label))}。";
            throw new InvalidOperationException($"数据库中没有{request.Month.Label}的{what}，没有可撤回的内容。{others}");
        }

        var plan = new List<PlannedRemoval>();
        var units = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ledger in ledgers.Where(l => request.Ledger is null || request.Ledger == l))
        {
            var rows = await StoredRowsAsync(connection, ledger, request.Month, ct).ConfigureAwait(false);
            var own = unit is null ? null : UnitNames.ShortName(unit);
            bool Goes(StoredRow r) => own is null || string.Equals(UnitNames.ShortName(r.LeadUnit ?? string.Empty), own, StringComparison.Ordinal);
            var going = rows.Where(Goes).ToList();
            units.UnionWith(rows.Select(r => r.LeadUnit).OfType<string>());
            if (going.Count == 0)
            {
                continue;
            }

            // The rows kept are read back whole (they are stored again as they are); the unit's own spelling as stored names it.
            var kept = unit is null ? [] : await StoredMonthLoader.OtherUnitsAsync(connection, ledger, request.Month, [unit], null, ct).ConfigureAwait(false);
            var files = going.GroupBy(r => (r.File, r.Sheet)).OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Key.Sheet, StringComparer.Ordinal)
                .Select(g => new RemovedFile(g.Key.File, g.Key.Sheet, g.Count())).ToList();
            var storedUnit = unit is null ? null : going.Select(r => r.LeadUnit).OfType<string>().First();
            plan.Add(new PlannedRemoval(new RemovedMonth(ledger, request.Month, storedUnit, going.Count, going.Select(r => r.TaskId).Distinct(StringComparer.Ordinal).Count(), kept.Count, files), kept));
        }

        if (plan.Count == 0)
        {
            var shown = units.Count <= 8 ? string.Join("、", units) : string.Join("、", units.Take(8)) + $"等{units.Count}个单位";
            throw new InvalidOperationException($"{request.Month.Label}的{what}中没有“{unit}”牵头的任务，没有可撤回的内容。该月的牵头单位有：{shown}。");
        }

        return plan;
    }

    private static async Task<List<Ledger>> StoredLedgersAsync(DuckDBConnection connection, ReportMonth month, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT ledger FROM snapshots WHERE report_month = $1";
        command.Parameters.Add(new DuckDBParameter(month.FirstDay.ToDateTime(TimeOnly.MinValue)));
        var ledgers = new List<Ledger>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            ledgers.Add(LedgerNames.TryParseId(reader.GetString(0), out var ledger) ? ledger : throw new InvalidDataException($"数据库中有未知的台账“{reader.GetString(0)}”。"));
        }

        ledgers.Sort();
        return ledgers;
    }

    private static async Task<List<StoredRow>> StoredRowsAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT task_id, lead_unit, source_file, source_sheet FROM snapshots WHERE ledger = $1 AND report_month = $2";
        command.Parameters.Add(new DuckDBParameter(LedgerNames.Id(ledger)));
        command.Parameters.Add(new DuckDBParameter(month.FirstDay.ToDateTime(TimeOnly.MinValue)));
        var rows = new List<StoredRow>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new StoredRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private sealed record StoredRow(string TaskId, string? LeadUnit, string File, string Sheet);

    private sealed record PlannedRemoval(RemovedMonth Month, List<SnapshotRow> Kept);
}

/// <summary>What to remove: a report month, of one ledger or of all, whole or one lead unit's rows.</summary>
public sealed record RemovalRequest(string DatabasePath, string LakeRoot, ReportMonth Month, Ledger? Ledger = null, string? Unit = null)
{
    /// <summary>Test hook, as <see cref="IngestOptions"/> has: called at "staged", "db-loaded" and "lake-applied".</summary>
    internal Action<string>? FaultInjection { get; init; }
}

/// <summary>What a removal took out (<see cref="RunId"/> set) or would take out (a preview).</summary>
public sealed record RemovalResult(string? RunId, IReadOnlyList<RemovedMonth> Months);

/// <summary>One stored file's (and sheet's) rows taken out.</summary>
public sealed record RemovedFile(string File, string Sheet, int Rows);

/// <summary>One (ledger, month) a removal takes rows out of: all of them, or one lead unit's (<see cref="Unit"/>).</summary>
public sealed record RemovedMonth(Ledger Ledger, ReportMonth Month, string? Unit, int Rows, int Tasks, int RowsKept, IReadOnlyList<RemovedFile> Files)
{
    /// <summary>The sentence for the office: 已撤回2024年7月改革任务总台账（158行，158个任务）… or 将撤回… for a preview.</summary>
    public string Describe(bool done)
    {
        var verb = done ? "已撤回" : "将撤回";
        var whose = Unit is null ? string.Empty : $"{Unit}牵头的";
        var files = Files.Select(f => f.File).Distinct(StringComparer.Ordinal).ToList();
        var from = files.Count <= 3 ? string.Join("、", files.Select(f => $"“{f}”")) : string.Join("、", files.Take(3).Select(f => $"“{f}”")) + $"等{files.Count}个文件";
        var kept = Unit is null ? "，该月不再有这本台账" : RowsKept == 0 ? "，该月这本台账不再有其他单位的任务" : $"，保留其他单位的{FigureText.Count(RowsKept)}行";
        return $"{verb}{Month.Label}{LedgerNames.Label(Ledger)}中{whose}{FigureText.Count(Rows)}行（{FigureText.Count(Tasks)}个任务，来自{from}）{kept}。";
    }
}
