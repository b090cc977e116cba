using System.Security.Cryptography;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Lake;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>
/// One ingest run: files → reading → normalising → task identity → lake and database, all or nothing.
/// <list type="number">
/// <item>every file is read (in parallel); a file that cannot be taken is refused, and a run with a refused
/// file stores nothing;</item>
/// <item>each ledger table is assigned its (ledger, report month) from --ledger/--month, else from the sheet
/// name, title rows and file name;</item>
/// <item>per (ledger, month) one whole ledger wins, a corrected re-send (<see cref="CorrectionMark"/>) over the
/// original, or else the units' own returns make up the month together (<see cref="PartitionPlan"/>); a file
/// already stored with the same SHA-256 is left alone (re-ingesting changes nothing);</item>
/// <item>units' own returns replace only their units' rows of a stored month: the other units' stored rows are
/// read back and kept, with their task ids (a late return merged in);</item>
/// <item>rows are normalised and given their task_id, month by month;</item>
/// <item>the new partitions are written to a staging area of the lake, loaded into the database inside a
/// transaction, moved into the lake, and only then is the transaction committed. Any failure undoes both.</item>
/// </list>
/// </summary>
public static class IngestRunner
{
    public static async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, IngestOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var readOptions = await ReadOptionsFactory.CreateAsync(options, ct).ConfigureAwait(false);
        using var input = InputFiles.Expand(paths, readOptions);
        var files = input.Files;
        var lake = options.LakeRoot is null ? null : new LakeLayout(options.LakeRoot);
        if (lake is not null && !options.DryRun)
        {
            Directory.CreateDirectory(lake.Root);
            if (LakeCommit.RecoverIfInterrupted(lake))
            {
                await DatabaseRebuilder.RebuildAsync(lake, options.DatabasePath!, ct).ConfigureAwait(false);
            }
        }

        var names = await UnitNamesInForceAsync(options, lake, ct).ConfigureAwait(false);
        var unitNames = names.Table;

        var unknownPhrases = new UnknownStatusCollector();
        var timings = new StageTimings();
        var read = await ReadAllAsync(input, readOptions, options, unitNames, unknownPhrases, ct).ConfigureAwait(false);
        timings.Mark("读取与整理");
        var reports = new List<FileReport>();
        var issues = new List<IngestIssue>();
        foreach (var refusal in input.Refusals)
        {
            reports.Add(new FileReport(refusal.File, string.Empty, string.Empty, null, null, 0, 1, FileOutcome.Refused, refusal.Describe()));
            issues.Add(refusal.ToIssue());
        }

        var parts = new List<TablePart>();
        foreach (var file in read)
        {
            foreach (var refusal in file.Refusals)
            {
                var issue = input.Locate(refusal.ToIssue());
                reports.Add(new FileReport(file.Path, file.Sha256, refusal.Sheet, null, null, 0, 1, FileOutcome.Refused, issue.Describe()));
                issues.Add(issue);
            }

            parts.AddRange(file.Parts);
        }

        var partitions = PartitionPlan.Resolve(parts, reports, issues, unitNames, input);

        // What every summary also says: the files left out of the folders given, and (once something is stored) the
        // months missing in the ledger years the run's files belong to.
        var years = partitions.Select(p => (p.Ledger, p.Month.Year)).ToHashSet();
        async Task<IngestSummary> Finish(IngestSummary summary, DuckDBConnection? connection) => summary with
        {
            Issues = [.. summary.Issues.Select(input.Locate)],
            OwnOutputs = input.OwnOutputs,
            Unread = input.Unread,
            Archives = input.Archives,
            AlsoInArchives = input.AlsoInArchives,
            FileLabels = summary.Files.Select(f => f.File).Distinct(StringComparer.Ordinal).ToDictionary(f => f, input.Label, StringComparer.Ordinal),
            MonthGaps = connection is null ? [] : await MonthGaps.FindAsync(connection, years, ct).ConfigureAwait(false),
        };

        var refused = reports.Any(r => r.Outcome == FileOutcome.Refused);
        if (refused || (options.DryRun && options.DatabasePath is null))
        {
            // Validation (or a refused run): every table's issues are reported, nothing is stored.
            issues.AddRange(parts.SelectMany(p => p.Issues));
            issues.AddRange(UnitSpellingWarnings.Find(partitions.SelectMany(p => p.Tables), new HashSet<string>(), unitNames));
            reports.AddRange(partitions.SelectMany(p => p.Reports(FileOutcome.Checked, null, withRows: true)));
            return await Finish(new IngestSummary(null, Ordered(reports), 0, 0, issues, Freeze(unknownPhrases)) { UnitNames = names.Use(saved: false) }, null).ConfigureAwait(false);
        }

        if (options.DryRun)
        {
            // Validation against a database: what ingest would do with each file, told from what is stored; nothing stored.
            await using var compared = await ReformDatabase.OpenReadOnlyAsync(options.DatabasePath!, ct).ConfigureAwait(false);
            var toPreview = unitNames is null ? [] : await StoredMonthRenaming.FindAsync(compared, unitNames, ct).ConfigureAwait(false);
            var toStore = await PlanAsync(compared, partitions, unitNames, toPreview.Select(m => (m.Ledger, m.Month)).ToHashSet(), reports, issues, preview: true, ct).ConfigureAwait(false);
            await MergedBeforeAsync(compared, reports, issues, preview: true, ct).ConfigureAwait(false);
            issues.AddRange(parts.SelectMany(p => p.Issues));

            // What ingest would find on the rows against the stored history (a completion taken back, progress down, a
            // deadline rewritten, a new task beside a vanished one): the tables' own issues are listed above.
            var (previewGroups, previewed) = await IdentifyAsync(compared, toStore, options, ct).ConfigureAwait(false);
            for (var g = 0; g < previewGroups.Count; g++)
            {
                for (var m = 0; m < previewGroups[g].Count; m++)
                {
                    issues.AddRange(previewed[g][m].Issues.Skip(previewGroups[g][m].Issues.Count()));
                }
            }

            foreach (var p in toStore)
            {
                reports.AddRange(p.Reports(FileOutcome.Checked, await PreviewNoteAsync(compared, p, ct).ConfigureAwait(false), withRows: true));
            }

            // The stored months the table would rename that the run's files do not replace: told as ingest would do them.
            reports.AddRange((await RenamedMonthsAsync(compared, toPreview, toStore, unitNames, ct).ConfigureAwait(false)).Select(m => m.Report));

            return await Finish(new IngestSummary(null, Ordered(reports), 0, 0, issues, Freeze(unknownPhrases)) { UnitNames = names.Use(saved: false) }, compared).ConfigureAwait(false);
        }

        await using var connection = await ReformDatabase.OpenForWriteAsync(options.DatabasePath!, ct).ConfigureAwait(false);
        // Stored months that write a unit otherwise than the table in force: each is stored again under its names, from
        // its files when the run brings them (though they are the same), else from its stored rows (below).
        var toRename = unitNames is null ? [] : await StoredMonthRenaming.FindAsync(connection, unitNames, ct).ConfigureAwait(false);
        var renaming = toRename.Select(m => (m.Ledger, m.Month)).ToHashSet();
        var changed = await PlanAsync(connection, partitions, unitNames, renaming, reports, issues, preview: false, ct).ConfigureAwait(false);
        await MergedBeforeAsync(connection, reports, issues, preview: false, ct).ConfigureAwait(false);

        // The months to rename that the run's files do not replace: their stored rows, renamed, task ids kept.
        var renamed = new List<(PartitionInput Input, List<SnapshotRow> Rows)>();
        foreach (var (report, rows) in await RenamedMonthsAsync(connection, toRename, changed, unitNames, ct).ConfigureAwait(false))
        {
            renamed.Add((new PartitionInput(report.Ledger!.Value, report.Month!.Value, []) { Kept = rows }, rows));
            reports.Add(report);
        }

        timings.Mark("核对是否已入库");
        var runId = lake!.NextRunId();
        var stored = new List<(PartitionInput Input, List<SnapshotRow> Rows)>();
        var (groups, identified) = await IdentifyAsync(connection, changed, options, ct).ConfigureAwait(false);
        for (var g = 0; g < groups.Count; g++)
        {
            for (var m = 0; m < groups[g].Count; m++)
            {
                var (rows, monthIssues) = identified[g][m];
                issues.AddRange(monthIssues);
                stored.Add((groups[g][m], rows));
                var note = MergeNote(groups[g][m]) ?? await ReplaceNoteAsync(connection, groups[g][m], ct).ConfigureAwait(false);
                reports.AddRange(groups[g][m].Reports(FileOutcome.Ingested, note, withRows: true));
            }
        }

        stored.AddRange(renamed);
        // Stored as the office finds the files: one unpacked from an archive as archive.zip/path within.
        IReadOnlyList<IngestIssue> summaryIssues = [.. issues.Select(input.Locate)];
        if (stored.Count == 0 && !names.Changed)
        {
            // Everything was already stored as it is: re-ingesting changes nothing, not even the log.
            // Nor are the unknown status phrases of its files listed again: they were when the files' rows were stored.
            return await Finish(new IngestSummary(null, Ordered(reports), 0, 0, summaryIssues, []) { UnitNames = names.Use(saved: false) }, connection).ConfigureAwait(false);
        }

        timings.Mark("识别任务");
        await CommitAsync(connection, lake, runId, stored, names.Changed ? names.Given : null, Ordered(reports), summaryIssues, options, timings, ct).ConfigureAwait(false);
        // What this run's files brought: rows kept from before in a merged month are not counted.
        var rowsStored = stored.Sum(s => s.Rows.Count - s.Input.Kept.Count);
        var tasksStored = stored.SelectMany(s => s.Rows.Skip(s.Input.Kept.Count)).Select(r => r.TaskId).Distinct(StringComparer.Ordinal).Count();
        // The phrases of the rows this run stored; a file left unchanged beside them lists its phrases no more.
        var phrases = unknownPhrases.PhrasesIn(stored.SelectMany(s => s.Rows.Skip(s.Input.Kept.Count)));
        var summary = new IngestSummary(runId, Ordered(reports), rowsStored, tasksStored, summaryIssues, phrases)
        {
            Timings = timings.Stages,
            UnitNames = names.Use(saved: names.Changed),
        };
        return await Finish(summary, connection).ConfigureAwait(false);
    }

    /// <summary>
    /// The table of unit names this run uses: the one given with --units, else the one the lake keeps from an earlier
    /// run (also for reform validate given --lake). A given table the lake does not hold yet is saved by this run.
    /// </summary>
    private static async Task<UnitNamesInForce> UnitNamesInForceAsync(IngestOptions options, LakeLayout? lake, CancellationToken ct)
    {
        var given = options.UnitsFile is null ? null : await UnitNameTable.LoadAsync(options.UnitsFile, ct).ConfigureAwait(false);
        StoredUnitNames? kept;
        try
        {
            kept = lake is null ? null : await UnitNameStore.LoadCurrentAsync(lake, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException) when (given is not null && !options.DryRun)
        {
            // The saved table cannot be read, and the run brings its own: that one is saved in its place.
            kept = null;
        }

        var changed = given is not null && !options.DryRun && !given.SameAs(kept?.Table);
        return new UnitNamesInForce(given, kept, changed);
    }

    private static async Task<IReadOnlyList<ReadFile>> ReadAllAsync(InputFileSet input, ReadOptions readOptions, IngestOptions options, UnitNameTable? unitNames, UnknownStatusCollector unknown, CancellationToken ct)
    {
        // Rows are normalised while they are read (a table whose ledger and month are known from its heading
        // streams into a StreamingNormaliser), so a sheet's raw rows never pile up.
        var files = input.Files;
        var streaming = readOptions.WithRowSinks(
            heading => RowPipeline.StreamingSink(heading, options, unitNames, input.EnclosingNames(heading.SourceFile)),
            heading => LedgerIdentityResolver.Resolve(heading.SourceFile, heading.SourceSheet, heading.TitleText, options, input.EnclosingNames(heading.SourceFile)).Month);
        var results = new ReadFile[files.Count];
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = ct },
            async (i, token) =>
            {
                var path = files[i];
                var sha = await Sha256Async(path, token).ConfigureAwait(false);
                var parts = new List<TablePart>();
                var refusals = new List<LedgerInputException>();
                var withoutMonth = new List<(LedgerTable Table, Ledger? Ledger)>();
                try
                {
                    foreach (var table in await LedgerFileReader.ReadAsync(path, streaming, token).ConfigureAwait(false))
                    {
                        var (ledger, month) = LedgerIdentityResolver.Resolve(path, table, options, input.EnclosingNames(path));
                        if (month is null)
                        {
                            withoutMonth.Add((table, ledger));
                            continue;
                        }

                        if (ledger is null)
                        {
                            refusals.Add(LedgerIdentityResolver.Refusal(path, table, ledger, month));
                            continue;
                        }

                        parts.Add(RowPipeline.Normalise(path, sha, table, ledger.Value, month.Value, unknown, unitNames));
                    }
                }
                catch (LedgerInputException e)
                {
                    refusals.Add(e);
                }

                refusals.AddRange(LedgerIdentityResolver.Conflicts(path, parts, options));
                parts.RemoveAll(p => refusals.Exists(r => r.Sheet == p.Sheet));
                if (LedgerIdentityResolver.StaleSheets(path, parts, options) is { Count: > 0 } stale)
                {
                    parts.RemoveAll(stale.Contains);
                    parts[0] = parts[0] with { Issues = [.. stale.Select(s => LedgerIdentityResolver.StaleSheet(path, s, parts[0].Month)), .. parts[0].Issues] };
                }
                if (refusals.Count == 0 && parts.Select(p => p.Month).Distinct().ToList() is [var fileMonth])
                {
                    // A workbook of the three ledgers, one sheet each, where one sheet (自选试点) names no month but every
                    // other sheet names the same one: it is that month's, said in a warning, rather than a ledger left out.
                    foreach (var w in withoutMonth.Where(w => w.Ledger is { } l && !parts.Exists(p => p.Ledger == l)).ToList())
                    {
                        var part = RowPipeline.Normalise(path, sha, w.Table, w.Ledger!.Value, fileMonth, unknown, unitNames);
                        parts.Add(part with { Issues = [LedgerIdentityResolver.MonthFromOtherSheets(path, w.Table, w.Ledger.Value, fileMonth), .. part.Issues] });
                        withoutMonth.Remove(w);
                    }
                }

                if (withoutMonth.Count > 0 && parts.Count > 0 && refusals.Count == 0)
                {
                    // A workbook of a sheet per month (1月 … 6月) beside a sheet naming none (汇总, 总表): that sheet
                    // repeats the months' tasks, and is passed over with a warning instead of refusing the file.
                    var monthSheets = parts.Select(p => p.Sheet).Distinct(StringComparer.Ordinal).ToList();
                    parts[0] = parts[0] with
                    {
                        Issues = [.. withoutMonth.Select(w => LedgerIdentityResolver.PassedOver(path, w.Table, monthSheets)), .. parts[0].Issues],
                    };
                }
                else
                {
                    refusals.AddRange(withoutMonth.Select(w => LedgerIdentityResolver.Refusal(path, w.Table, w.Ledger, null)));
                }

                results[i] = new ReadFile(path, sha, parts, refusals);
                options.Progress?.Report(new IngestProgress("读取与整理文件", Interlocked.Increment(ref done), files.Count));
            }).ConfigureAwait(false);
        return results;
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The distinct lead units of the stored month a partition would replace.</summary>
    private static async Task<List<string>> StoredLeadUnitsAsync(DuckDBConnection connection, PartitionInput p, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT lead_unit FROM snapshots WHERE ledger = $1 AND report_month = $2 AND lead_unit IS NOT NULL GROUP BY lead_unit";
        command.Parameters.Add(new DuckDBParameter(LedgerNames.Id(p.Ledger)));
        command.Parameters.Add(new DuckDBParameter(p.Month.FirstDay.ToDateTime(TimeOnly.MinValue)));
        var units = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            units.Add(reader.GetString(0));
        }

        return units;
    }

    /// <summary>
    /// Task identity for the months to store: each ledger year's stored tasks loaded, then its months matched in order
    /// (ledger years are independent, ids never carry across years, so they go in parallel). Each month's issues are its
    /// tables' issues followed by those found on its rows (changes since the task's last return, task names), which
    /// name their file's path. <c>reform validate --db</c> runs the same, storing nothing.
    /// </summary>
    private static async Task<(List<List<PartitionInput>> Groups, (List<SnapshotRow> Rows, List<IngestIssue> Issues)[][] Identified)> IdentifyAsync(
        DuckDBConnection connection, IReadOnlyList<PartitionInput> changed, IngestOptions options, CancellationToken ct)
    {
        var groups = changed.GroupBy(p => (p.Ledger, p.Month.Year)).OrderBy(g => g.Key.Ledger).ThenBy(g => g.Key.Year)
            .Select(g => g.OrderBy(p => p.Month).ToList()).ToList();
        var states = new List<TaskIndex>(groups.Count);
        foreach (var group in groups)
        {
            states.Add(await TaskIdentityLoader.LoadAsync(connection, group[0].Ledger, group[0].Month.Year, [.. group.Select(p => p.Month)], ct).ConfigureAwait(false));
        }

        var identified = new (List<SnapshotRow> Rows, List<IngestIssue> Issues)[groups.Count][];
        var done = 0;
        Parallel.For(
            0,
            groups.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = ct },
            g =>
            {
                identified[g] = new (List<SnapshotRow>, List<IngestIssue>)[groups[g].Count];
                for (var m = 0; m < groups[g].Count; m++)
                {
                    ct.ThrowIfCancellationRequested();
                    var p = groups[g][m];
                    var monthIssues = new List<IngestIssue>(p.Issues);
                    var fromRows = monthIssues.Count;
                    identified[g][m] = (RowPipeline.AssignTaskIds(states[g], p, monthIssues), monthIssues);
                    RowPipeline.LocateRowIssues(p, monthIssues, fromRows);
                    options.Progress?.Report(new IngestProgress("识别任务", Interlocked.Increment(ref done), changed.Count));
                }
            });
        return (groups, identified);
    }

    /// <summary>
    /// Which partitions the run stores, told from what the database holds: files stored already with the same content
    /// are reported unchanged and left out; a file that names no unit but holds one unit's tasks, in a month stored
    /// with other units, is taken as that unit's return; units' returns keep the other units' stored rows
    /// (<see cref="PartitionInput.Kept"/>). Also warns of units written two ways. With <paramref name="preview"/>
    /// (reform validate --db) the messages say what ingest would do.
    /// </summary>
    private static async Task<List<PartitionInput>> PlanAsync(
        DuckDBConnection connection,
        IReadOnlyList<PartitionInput> partitions,
        UnitNameTable? unitNames,
        IReadOnlySet<(Ledger, ReportMonth)> renaming,
        List<FileReport> reports,
        List<IngestIssue> issues,
        bool preview,
        CancellationToken ct)
    {
        var changed = new List<PartitionInput>();
        foreach (var p in partitions)
        {
            var unchanged = renaming.Contains((p.Ledger, p.Month)) ? [] : await SameFilesAsync(connection, p, ct).ConfigureAwait(false);
            if (unchanged.Count > 0)
            {
                var note = preview ? "与已入库的同一文件内容相同，入库时不会改动。" : "与已入库的同一文件内容相同，未作改动。";
                reports.AddRange((p with { Sources = unchanged }).Reports(FileOutcome.Unchanged, note, withRows: preview));
            }

            if (unchanged.Count == p.Sources.Count)
            {
                continue;
            }

            var rest = unchanged.Count == 0 ? p : p with { Sources = [.. p.Sources.Except(unchanged)] };
            if (!rest.FromUnitReturns && !rest.Sources.Any(s => s.IsCorrection) && await StoredCorrectionAsync(connection, rest, ct).ConfigureAwait(false) is { } correction)
            {
                // The month is stored from a file marked 更正; a file without the mark is taken for its original (the wrong
                // file dragged from the mail), as it would be beside the correction in one run.
                var month = rest.Month.Label + LedgerNames.Label(rest.Ledger);
                reports.AddRange(rest.Reports(
                    FileOutcome.Superseded,
                    $"已入库的{month}来自更正件“{correction}”，本文件没有标明更正，按其原稿处理，{(preview ? "入库时不会导入" : "未入库")}。如本文件确是更晚的更正，请在文件名中注明“更正”后重新导入。",
                    withRows: preview));
                continue;
            }

            if (await OneUnitsFileAsync(connection, rest, unitNames, ct).ConfigureAwait(false) is { } unit)
            {
                // A file of one unit's tasks that does not name the unit would replace a month holding others' rows too.
                var source = rest.Sources[0];
                rest = rest with { Sources = [source with { Unit = unit }] };
                issues.Add(new IngestIssue(source.File, source.Tables[0].Sheet, 0, string.Empty, string.Empty, $"本文件只有“{unit}”一个牵头单位的任务，而已入库的{rest.Month.Label}{LedgerNames.Label(rest.Ledger)}还有其他单位的任务，{(preview ? "入库时将" : "已")}按{unit}的报送件并入：只替换{unit}的任务，其他单位已入库的任务保留。如确是整本台账，请补全各单位的任务后重新导入；单位报送件请在文件名中写明单位（如“{unit}{rest.Month.Label}改革任务台账”）。", IssueSeverity.Warning));
            }
            else if (await NamedUnitsFileAsync(connection, rest, unitNames, ct).ConfigureAwait(false) is { } namedReturn)
            {
                var (named, namedBy, _) = namedReturn;
                // A file named for one unit that holds every unit's rows (the template sent back whole, only its own rows
                // brought up to date) would replace the other units' stored rows with stale ones: only its unit's rows count.
                var source = rest.Sources[0];
                rest = rest with { Sources = [source.AsReturnOf(named, out var others)] };
                var otherUnits = others.Select(r => r.LeadUnit ?? "（未填牵头单位）").Distinct(StringComparer.Ordinal).Count();
                issues.Add(new IngestIssue(source.File, source.Tables[0].Sheet, 0, string.Empty, string.Empty, $"{namedBy}是“{named}”的报送件，但表中还有其他{otherUnits}个单位的任务（{others.Count}行），{(preview ? "入库时将" : "已")}只导入{named}牵头的任务：已入库的{rest.Month.Label}{LedgerNames.Label(rest.Ledger)}中其他单位的任务保留不变。如确是整本台账，请在文件名中写明“总台账”后重新导入。", IssueSeverity.Warning));
            }

            if (rest.FromUnitReturns)
            {
                // Units' own returns replace only their units' rows: the stored rows of every other unit stay.
                rest = rest with { Kept = await StoredMonthLoader.OtherUnitsAsync(connection, rest.Ledger, rest.Month, rest.Units, unitNames, ct).ConfigureAwait(false) };
            }

            changed.Add(rest);
        }

        if (changed.Count > 0)
        {
            var (storedLeads, storedCoUnits) = await UnitSpellingWarnings.StoredAsync(connection, changed, ct).ConfigureAwait(false);
            issues.AddRange(UnitSpellingWarnings.Find(changed.SelectMany(p => p.Tables), storedLeads, unitNames, storedCoUnits));
        }

        return changed;
    }

    /// <summary>The name of a file marked as a correction (更正, 修订…) that the stored month was taken from; null when none.</summary>
    private static async Task<string?> StoredCorrectionAsync(DuckDBConnection connection, PartitionInput p, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT source_file FROM snapshots WHERE ledger = $1 AND report_month = $2 ORDER BY 1";
        command.Parameters.Add(new DuckDBParameter(LedgerNames.Id(p.Ledger)));
        command.Parameters.Add(new DuckDBParameter(p.Month.FirstDay));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(0) && reader.GetString(0) is var name && CorrectionMark.IsCorrection(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>What ingest did to a month it replaced: how many rows the month held before (null when it held none or took returns in).</summary>
    private static async Task<string?> ReplaceNoteAsync(DuckDBConnection connection, PartitionInput p, CancellationToken ct)
    {
        if (p.FromUnitReturns || p.Kept.Count > 0)
        {
            return null;
        }

        var stored = await StoredRowsAsync(connection, p, ct).ConfigureAwait(false);
        return stored == 0 ? null : $"已替换此前入库的{p.Month.Label}{LedgerNames.Label(p.Ledger)}（原{FigureText.Count(stored)}行）。";
    }

    /// <summary>How many rows the database holds for the partition's ledger and month.</summary>
    private static async Task<long> StoredRowsAsync(DuckDBConnection connection, PartitionInput p, CancellationToken ct) =>
        await ReformDatabase.ScalarAsync<long>(
            connection, "SELECT count(*) FROM snapshots WHERE ledger = $1 AND report_month = $2", ct, LedgerNames.Id(p.Ledger), p.Month.FirstDay.ToDateTime(TimeOnly.MinValue)).ConfigureAwait(false);

    /// <summary>What reform validate --db says ingest would do with a month it would store: add it, replace it, or merge returns into it.</summary>
    private static async Task<string> PreviewNoteAsync(DuckDBConnection connection, PartitionInput p, CancellationToken ct)
    {
        if (MergeNote(p, preview: true) is { } merge)
        {
            return merge;
        }

        var stored = await StoredRowsAsync(connection, p, ct).ConfigureAwait(false);
        var month = p.Month.Label + LedgerNames.Label(p.Ledger);
        return (stored, p.FromUnitReturns) switch
        {
            (0, _) => $"入库时将新增{month}（数据库中还没有这个月份）。",
            (_, true) => $"入库时将替换{month}中{string.Join("、", p.Units)}的任务（已入库{FigureText.Count(stored)}行，都是这些单位的）。",
            _ => $"入库时将替换已入库的{month}（已入库{FigureText.Count(stored)}行）。",
        };
    }

    /// <summary>
    /// The report line of each stored month the table of unit names renames that the run's files do not replace: stored
    /// again from its own rows under the table's names (ingest), or told so beforehand (validate against the database);
    /// with those rows, renamed, task ids kept.
    /// </summary>
    private static async Task<List<(FileReport Report, List<SnapshotRow> Rows)>> RenamedMonthsAsync(
        DuckDBConnection connection, IReadOnlyList<MonthToRename> toRename, IReadOnlyList<PartitionInput> replacing, UnitNameTable? unitNames, CancellationToken ct)
    {
        var replaced = replacing.Select(p => (p.Ledger, p.Month)).ToHashSet();
        var months = new List<(FileReport, List<SnapshotRow>)>();
        foreach (var month in toRename.Where(m => !replaced.Contains((m.Ledger, m.Month))))
        {
            var tableFile = Path.GetFileName(unitNames!.SourceFile) is { Length: > 0 } f ? f : "单位名称对照表";
            var rows = await StoredMonthLoader.OtherUnitsAsync(connection, month.Ledger, month.Month, [], unitNames, ct).ConfigureAwait(false);
            months.Add((new FileReport(tableFile, string.Empty, string.Empty, month.Ledger, month.Month, rows.Count, 0, FileOutcome.Renamed, month.Message(rows.Count)), rows));
        }

        return months;
    }

    /// <summary>
    /// The files of a month that are stored already, exactly as they are now. A file is: its month's rows still
    /// include rows from it, and the last run that stored or removed a file of its name (for a unit's return, of its name
    /// and unit: units send the office's template back under one name) stored the same content (SHA-256).
    /// The whole month is also unchanged when the last run that stored or removed any of it stored exactly these files.
    /// (A removal, <c>reform remove</c>, logs the files it took out as <c>removed</c>: stored again, they are new.) A whole
    /// ledger is all or nothing; of units' own returns, those unchanged are left alone and the others merged in.
    /// (A month the table of unit names renames is never unchanged: the caller does not ask.)
    /// </summary>
    private static async Task<IReadOnlyList<PartitionSource>> SameFilesAsync(DuckDBConnection connection, PartitionInput p, CancellationToken ct)
    {
        var ledger = LedgerNames.Id(p.Ledger);
        var month = p.Month.FirstDay.ToDateTime(TimeOnly.MinValue);
        const string LastRun = """
            SELECT string_agg(DISTINCT sha256, ',' ORDER BY sha256) FROM ingest_log
            WHERE ledger = $1 AND report_month = $2 AND outcome = 'ingested'
              AND run_id = (SELECT max(run_id) FROM ingest_log WHERE ledger = $1 AND report_month = $2 AND outcome IN ('ingested', 'removed'))
            """;
        if (string.Equals(await ReformDatabase.ScalarAsync<string?>(connection, LastRun, ct, ledger, month).ConfigureAwait(false), p.ShaSet, StringComparison.Ordinal))
        {
            return p.Sources;
        }

        var unchanged = new List<PartitionSource>();
        foreach (var source in p.Sources)
        {
            if (await StoredAsItIsAsync(connection, p.Ledger, p.Month, source.File, source.Sha256, source.Unit, ct).ConfigureAwait(false))
            {
                unchanged.Add(source);
            }
        }

        return p.FromUnitReturns || unchanged.Count == p.Sources.Count ? unchanged : [];
    }

    /// <summary>
    /// Whether a file is stored in its month exactly as it is: the month's rows still include rows from it, and the last
    /// run that stored or removed a file of its name (for a unit's return, of its name and unit) stored this content.
    /// In a database written before ingest_log had return_unit (validate --db opens it as it is), every file logged was
    /// a whole ledger.
    /// </summary>
    private static async Task<bool> StoredAsItIsAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, string file, string sha256, string? unit, CancellationToken ct)
    {
        var returnUnit = await StoredColumn.ReturnUnitAsync(connection, ct).ConfigureAwait(false);
        var current = $"""
            SELECT (SELECT arg_max(outcome || ':' || sha256, run_id) FROM ingest_log
                    WHERE ledger = $1 AND report_month = $2 AND outcome IN ('ingested', 'removed') AND (file_name = $3 OR starts_with(file_name, $3 || '#'))
                      AND ({returnUnit} IS NULL OR {returnUnit} = $5 OR ($5 IS NULL AND outcome = 'removed'))) = 'ingested:' || $4
               AND EXISTS (SELECT 1 FROM snapshots WHERE ledger = $1 AND report_month = $2 AND source_file = $3)
            """;
        return await ReformDatabase.ScalarAsync<bool?>(
            connection, current, ct, LedgerNames.Id(ledger), month.FirstDay.ToDateTime(TimeOnly.MinValue), Path.GetFileName(file), sha256, unit).ConfigureAwait(false) == true;
    }

    /// <summary>
    /// A unit's return that the run's whole ledger of the same month would supersede, but that an earlier run merged into
    /// that month and that is stored as it is: nothing is replaced, so it is reported as unchanged (before, a re-run of
    /// the folder said the late return was thrown away, with a warning that is taken back here).
    /// </summary>
    private static async Task MergedBeforeAsync(DuckDBConnection connection, List<FileReport> reports, List<IngestIssue> issues, bool preview, CancellationToken ct)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            if (r is { Outcome: FileOutcome.Superseded, Unit: { } unit, Ledger: { } ledger, Month: { } month }
                && await StoredAsItIsAsync(connection, ledger, month, r.File, r.Sha256, unit, ct).ConfigureAwait(false))
            {
                issues.RemoveAll(issue => issue.File == r.File && issue.Message == r.Message);
                reports[i] = r with
                {
                    Outcome = FileOutcome.Unchanged,
                    Message = $"此前已并入{month.Label}{LedgerNames.Label(ledger)}，与已入库的内容相同，{(preview ? "入库时不会改动" : "未作改动")}。",
                };
            }
        }
    }

    /// <summary>
    /// The unit of a file taken for a whole ledger (it does not name its unit) whose every row has one lead unit, when
    /// its month is stored already with rows of other units: such a file is that unit's return, and replacing the
    /// whole month with it would drop every other unit's tasks. Null for any other file, or a month not yet stored.
    /// </summary>
    private static async Task<string?> OneUnitsFileAsync(DuckDBConnection connection, PartitionInput p, UnitNameTable? unitNames, CancellationToken ct)
    {
        if (p.FromUnitReturns || p.Sources.Count != 1)
        {
            return null;
        }

        if (UnitReturn.OnlyLeadUnit(p.Rows.Select(r => r.LeadUnit)) is not { } unit)
        {
            return null;
        }

        var own = UnitNames.ShortName(unit);
        var stored = await StoredLeadUnitsAsync(connection, p, ct).ConfigureAwait(false);
        return stored.Exists(u => !string.Equals(UnitNames.ShortName(unitNames?.Canonical(u) ?? u), own, StringComparison.Ordinal)) ? unit : null;
    }

    /// <summary>
    /// The unit a file taken for a whole ledger is named for (its file name names one of its lead units, and not 总台账),
    /// when its rows have several lead units and its month is stored already with rows from other files; or the unit
    /// the folder or archive it is in names, when its month is stored already: the file is that unit's return with the
    /// rest of the template left in. Null otherwise (a whole ledger, as before).
    /// </summary>
    private static async Task<(string Unit, string NamedBy, bool ByFolder)?> NamedUnitsFileAsync(DuckDBConnection connection, PartitionInput p, UnitNameTable? unitNames, CancellationToken ct)
    {
        if (p.FromUnitReturns || p.Sources.Count != 1)
        {
            return null;
        }

        // Named by its folder (县财政局/2024年6月改革任务台账.xlsx): a stored row keeps its file's name without the folder, so
        // the stored month may hold rows of another unit's folder under the same name; any stored month makes it a return.
        if (p.Sources[0].NamedUnit(unitNames) is not { } named)
        {
            return null;
        }

        if (named.ByFolder)
        {
            const string Stored = "SELECT count(*) FROM snapshots WHERE ledger = $1 AND report_month = $2";
            return await ReformDatabase.ScalarAsync<long>(connection, Stored, ct, LedgerNames.Id(p.Ledger), p.Month.FirstDay.ToDateTime(TimeOnly.MinValue)).ConfigureAwait(false) == 0 ? null : named;
        }

        const string OtherFiles = "SELECT count(*) FROM snapshots WHERE ledger = $1 AND report_month = $2 AND source_file <> $3";
        var fromOthers = await ReformDatabase.ScalarAsync<long>(connection, OtherFiles, ct, LedgerNames.Id(p.Ledger), p.Month.FirstDay.ToDateTime(TimeOnly.MinValue), Path.GetFileName(p.Sources[0].File)).ConfigureAwait(false);
        return fromOthers == 0 ? null : named;
    }

    /// <summary>What a merged month's reports say: whose stored rows were kept alongside this run's returns.</summary>
    private static string? MergeNote(PartitionInput p, bool preview = false)
    {
        if (p.Kept.Count == 0)
        {
            return null;
        }

        var units = p.Kept.Select(r => r.LeadUnit ?? "（未填牵头单位）").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shown = units.Count <= 5 ? string.Join("、", units) : string.Join("、", units.Take(5)) + $"等{units.Count}个单位";
        return $"{(preview ? "入库时将并入" : "已并入")}{p.Month.Label}{LedgerNames.Label(p.Ledger)}：替换{string.Join("、", p.Units)}的任务，保留已入库的{shown}的{FigureText.Count(p.Kept.Count)}行。";
    }

    private static async Task CommitAsync(
        DuckDBConnection connection,
        LakeLayout lake,
        string runId,
        List<(PartitionInput Input, List<SnapshotRow> Rows)> stored,
        UnitNameTable? newUnitNames,
        IReadOnlyList<FileReport> reports,
        IReadOnlyList<IngestIssue> issues,
        IngestOptions options,
        StageTimings timings,
        CancellationToken ct)
    {
        var logPartition = LakeLayout.RunPartition("ingest_log", runId);
        var issuePartition = LakeLayout.RunPartition("ingest_issues", runId);
        var relative = stored.Select(s => LakeLayout.SnapshotPartition(s.Input.Ledger, s.Input.Month)).Append(logPartition).ToList();
        if (issues.Count > 0)
        {
            relative.Add(issuePartition);
        }

        var unitNamesPartition = LakeLayout.RunPartition(UnitNameStore.Table, runId);
        var unitNameRecords = newUnitNames is null ? null : UnitNameStore.Records(newUnitNames, runId);
        if (unitNameRecords is not null)
        {
            relative.Add(unitNamesPartition);
        }

        var commit = new LakeCommit(lake, runId, relative);
        async Task StageAsync()
        {
            var written = 0;
            await Parallel.ForEachAsync(
                stored,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = ct },
                async (s, token) =>
                {
                    await LakeWriter.WriteSnapshotsAsync(commit.StagedPath(LakeLayout.SnapshotPartition(s.Input.Ledger, s.Input.Month)), s.Rows, token).ConfigureAwait(false);
                    options.Progress?.Report(new IngestProgress("写入数据湖", Interlocked.Increment(ref written), stored.Count));
                }).ConfigureAwait(false);

            await LakeWriter.WriteAsync(commit.StagedPath(logPartition), [.. reports.Select(r => ToLog(runId, r))], ct).ConfigureAwait(false);
            if (issues.Count > 0)
            {
                await LakeWriter.WriteAsync(commit.StagedPath(issuePartition), [.. issues.Select(i => IngestIssueRecord.From(runId, i))], ct).ConfigureAwait(false);
            }

            if (unitNameRecords is not null)
            {
                await LakeWriter.WriteAsync(commit.StagedPath(unitNamesPartition), unitNameRecords, ct).ConfigureAwait(false);
            }

            timings.Mark("写入数据湖（暂存）");
        }

        async Task LoadAsync()
        {
            if (stored.Count > 0)
            {
                // One DELETE of the replaced partitions and one INSERT of all staged files: DuckDB reads them in parallel.
                var keys = string.Join(", ", stored.Select(s => $"('{LedgerNames.Id(s.Input.Ledger)}', DATE '{s.Input.Month.FirstDay:yyyy-MM-dd}')"));
                await ReformDatabase.ExecuteAsync(connection, $"DELETE FROM snapshots WHERE (ledger, report_month) IN ({keys})", ct).ConfigureAwait(false);
                var staged = string.Join(", ", stored.Select(s => ReformDatabase.Literal(commit.StagedPath(LakeLayout.SnapshotPartition(s.Input.Ledger, s.Input.Month)))));
                // The staged files are read in parallel and their rows appended as they come: each file's rows stay
                // together, only the files' order is not kept (queries order what they need). A third faster at 2M rows.
                await ReformDatabase.ExecuteAsync(connection, "SET preserve_insertion_order = false", ct).ConfigureAwait(false);
                await ReformDatabase.ExecuteAsync(connection, $"INSERT INTO snapshots BY NAME SELECT * FROM read_parquet([{staged}], hive_partitioning = false)", ct).ConfigureAwait(false);
                await ReformDatabase.ExecuteAsync(connection, "RESET preserve_insertion_order", ct).ConfigureAwait(false);
            }

            options.Progress?.Report(new IngestProgress("载入数据库", 1, 1));
            await InsertStagedAsync(connection, "ingest_log", commit.StagedPath(logPartition), ct).ConfigureAwait(false);
            if (issues.Count > 0)
            {
                await InsertStagedAsync(connection, "ingest_issues", commit.StagedPath(issuePartition), ct).ConfigureAwait(false);
            }

            if (unitNameRecords is not null)
            {
                await ReformDatabase.ExecuteAsync(connection, "DELETE FROM unit_names", ct).ConfigureAwait(false);
                if (unitNameRecords.Count > 0)
                {
                    await InsertStagedAsync(connection, "unit_names", commit.StagedPath(unitNamesPartition), ct).ConfigureAwait(false);
                }
            }
        }

        await StoreTransaction.RunAsync(connection, commit, StageAsync, LoadAsync, options.FaultInjection, ct).ConfigureAwait(false);
        timings.Mark("载入数据库并提交");
    }

    /// <summary>Appends a staged Parquet file of the lake to its table in the database (inside the run's transaction).</summary>
    internal static Task InsertStagedAsync(DuckDBConnection connection, string table, string stagedFile, CancellationToken ct) =>
        ReformDatabase.ExecuteAsync(connection, $"INSERT INTO {table} BY NAME SELECT * FROM read_parquet({ReformDatabase.Literal(stagedFile)}, hive_partitioning = false)", ct);

    private static IngestLogRecord ToLog(string runId, FileReport r) => new()
    {
        RunId = runId,
        FileName = Path.GetFileName(r.File) + (string.IsNullOrEmpty(r.Sheet) ? string.Empty : "#" + r.Sheet),
        Sha256 = r.Sha256,
        Ledger = r.Ledger is { } l ? LedgerNames.Id(l) : null,
        ReportMonth = r.Month?.FirstDay,
        Rows = r.Rows,
        Issues = r.Issues,
        Outcome = r.Outcome.ToString().ToLowerInvariant(),
        Message = r.Message,
        ReturnUnit = r.Unit,
    };

    private static List<FileReport> Ordered(List<FileReport> reports) =>
        [.. reports.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Sheet, StringComparer.Ordinal)];

    private static IReadOnlyList<UnknownStatusPhrase> Freeze(UnknownStatusCollector phrases) => phrases.Phrases;

    /// <summary>The table given with --units (if any), the one the lake keeps (if any), and whether this run saves the given one.</summary>
    private sealed record UnitNamesInForce(UnitNameTable? Given, StoredUnitNames? Kept, bool Changed)
    {
        /// <summary>The table rows are named by: the given one, else the kept one; none when that table is empty.</summary>
        public UnitNameTable? Table => (Given ?? Kept?.Table) is { Count: > 0 } table ? table : null;

        public UnitNameUse? Use(bool saved) => Given is not null
            ? new UnitNameUse(Given.Count, Path.GetFileName(Given.SourceFile), null, saved)
            : Kept is { Table.Count: > 0 } kept ? new UnitNameUse(kept.Table.Count, kept.Table.SourceFile, kept.RunId, false) : null;
    }

    private sealed record ReadFile(string Path, string Sha256, IReadOnlyList<TablePart> Parts, IReadOnlyList<LedgerInputException> Refusals);
}
