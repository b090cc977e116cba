using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>
/// 报送进度 of a ledger's month put together from the units' own returns: how many units' returns are stored, the units
/// that owed returns and sent nothing (no return yet, to be called on: 催报), and the units whose return left tasks out:
/// the view return_progress (one definition, <c>return_progress.sql</c>, also the dashboard's); the connection must have
/// had <see cref="MetricViews.InstallAsync"/> run on it after the month was stored. Who owes a return
/// is known from the month before in the same ledger year (<see cref="PreviousMonthStored"/>); in January, or when that
/// month is not stored, only the count of returns is given.
/// </summary>
public sealed record ReturnProgress(
    Ledger Ledger,
    ReportMonth Month,
    int UnitsReturned,
    bool PreviousMonthStored,
    IReadOnlyList<(string Unit, int Tasks)> NotReturned,
    IReadOnlyList<(string Unit, int Tasks)> LeftOut)
{
    /// <summary>
    /// Of the units stored in the month, how many have their tasks from a whole ledger (a file holding several units'
    /// tasks, the office's own) rather than from their own return: told apart so a month merged from a few late returns
    /// into the office's ledger does not read as every unit having sent one.
    /// </summary>
    public int UnitsFromWholeLedger { get; init; }

    /// <summary>The unit a missing task is counted under when its row named no lead unit.</summary>
    public const string NoUnit = "(未填)";

    /// <summary>
    /// Whether this is the progress the month would have once the returns checked now are stored (<c>reform validate
    /// --db</c>), rather than what is stored. A preview knows who has sent something, not which tasks each return holds,
    /// so it names the units that sent nothing and no return that left tasks out.
    /// </summary>
    public bool IsPreview { get; init; }

    public static async Task<ReturnProgress> QueryAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var returned = await StoredUnitsAsync(connection, ledger, month, ct).ConfigureAwait(false);
        var previousStored = await PreviousStoredAsync(connection, ledger, month, ct).ConfigureAwait(false);
        var owing = new List<(string Unit, int Tasks, bool SentNothing)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT lead_unit, missing_returns, sent_nothing
                FROM return_progress
                WHERE ledger = $ledger AND report_month = $month AND missing_returns > 0
                ORDER BY missing_returns DESC, lead_unit
                """;
            command.Parameters.Add(new DuckDBParameter("ledger", LedgerNames.Id(ledger)));
            command.Parameters.Add(new DuckDBParameter("month", month.FirstDay));
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                owing.Add((reader.GetString(0), reader.GetInt32(1), reader.GetBoolean(2)));
            }
        }

        var fromLedger = await UnitsFromWholeLedgerAsync(connection, ledger, month, ct).ConfigureAwait(false);
        return new ReturnProgress(
            ledger, month, returned.Count - fromLedger, previousStored, [.. owing.Where(o => o.SentNothing).Select(o => (o.Unit, o.Tasks))], [.. owing.Where(o => !o.SentNothing).Select(o => (o.Unit, o.Tasks))])
        {
            UnitsFromWholeLedger = fromLedger,
        };
    }

    /// <summary>
    /// The progress the month would have once the returns of <paramref name="arriving"/> units (checked, not stored) are
    /// stored: the units owing a return are those with a task open in its last row before the month (task_status, the one
    /// definition of completed; <see cref="OwedAsync"/>), less the units stored in the month or arriving. Read-only; null when the database has no
    /// metric tables yet (metrics never computed).
    /// </summary>
    public static async Task<ReturnProgress?> PreviewAsync(
        DuckDBConnection connection, Ledger ledger, ReportMonth month, IReadOnlyCollection<string> arriving, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(arriving);
        if (!await MetricViews.TableExistsAsync(connection, "task_status", ct).ConfigureAwait(false))
        {
            return null;
        }

        var units = await StoredUnitsAsync(connection, ledger, month, ct).ConfigureAwait(false);
        units.UnionWith(arriving);
        var previousStored = await PreviousStoredAsync(connection, ledger, month, ct).ConfigureAwait(false);
        var owed = await OwedAsync(connection, ledger, month, ct).ConfigureAwait(false);

        return new ReturnProgress(ledger, month, units.Count, previousStored, previousStored ? [.. owed.Where(o => !units.Contains(o.Unit))] : [], [])
        {
            IsPreview = true,
        };
    }

    /// <summary>
    /// One line for the office: 报送进度：2024年11月改革任务总台账已收到24个单位的报送件；尚未报送1个单位：县教育局（应报5项）；
    /// 报送件中少报任务1个单位：县司法局（1项）。A preview says what the month will have: 报送进度（入库后）：…将有24个单位的报送件；
    /// 尚未收到1个单位的报送件：….
    /// </summary>
    public string Describe()
    {
        var text = IsPreview
            ? $"报送进度（入库后）：{Month.Label}{LedgerNames.Label(Ledger)}将有{UnitsReturned}个单位的报送件"
            : $"报送进度：{Month.Label}{LedgerNames.Label(Ledger)}已收到{UnitsReturned}个单位的报送件";
        if (UnitsFromWholeLedger > 0)
        {
            text += $"（另有{UnitsFromWholeLedger}个单位的任务取自整本台账）";
        }

        if (!PreviousMonthStored)
        {
            return text + (Month.Month == 1
                ? "。1月是新年度首月，任务不与上年12月比对，无法列出尚未报送的单位。"
                : $"。{Month.Previous().Label}{LedgerNames.Label(Ledger)}未入库，无法列出尚未报送的单位。");
        }

        if (NotReturned.Count == 0 && LeftOut.Count == 0)
        {
            return text + "，应报送的单位都已报送。";
        }

        if (NotReturned.Count > 0)
        {
            text += (IsPreview ? $"；尚未收到{NotReturned.Count}个单位的报送件：" : $"；尚未报送{NotReturned.Count}个单位：")
                + string.Join("、", NotReturned.Select((m, i) => $"{m.Unit}（{(i == 0 ? "应报" : string.Empty)}{m.Tasks}项）"));
        }

        if (LeftOut.Count > 0)
        {
            text += $"；报送件中少报任务{LeftOut.Count}个单位：" + string.Join("、", LeftOut.Select(m => $"{m.Unit}（{m.Tasks}项）"));
        }

        return text + (IsPreview ? "。" : "。明细见看板“报送情况”页或视图 return_progress。");
    }

    /// <summary>
    /// The tasks open in their last row before the month, by lead unit, most first: what each unit owes this month if it
    /// sends nothing (return_expectations' rule for a silent unit; a unit silent for two months owes its tasks again).
    /// </summary>
    private static async Task<List<(string Unit, int Tasks)>> OwedAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, CancellationToken ct)
    {
        var counts = new List<(string Unit, int Tasks)>();
        await using var command = connection.CreateCommand();
        // As return_expectations owes them from a unit that sends nothing: each task's last row before the month, in the
        // same ledger year, open there, with every month of the ledger between it and the month stored.
        command.CommandText = """
            WITH stored AS (
                SELECT DISTINCT report_month FROM task_status
                WHERE ledger = $ledger AND year(report_month) = year($month) AND report_month < $month
            ),
            last_rows AS (
                SELECT lead_unit, report_month, completed
                FROM task_status
                WHERE ledger = $ledger AND year(report_month) = year($month) AND report_month < $month
                QUALIFY row_number() OVER (PARTITION BY task_id ORDER BY report_month DESC) = 1
            )
            SELECT coalesce(lead_unit, $none) AS unit, count(*)::INTEGER
            FROM last_rows l
            WHERE NOT completed
              AND (SELECT count(*) FROM stored s WHERE s.report_month > l.report_month) = datediff('month', l.report_month, $month) - 1
            GROUP BY unit
            ORDER BY count(*) DESC, unit
            """;
        Bind(command, ledger, month);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            counts.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return counts;
    }

    /// <summary>The lead units with rows stored in the ledger's month.</summary>
    private static async Task<HashSet<string>> StoredUnitsAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, CancellationToken ct)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT coalesce(lead_unit, $none) FROM snapshots WHERE ledger = $ledger AND report_month = $month";
        Bind(command, ledger, month);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            units.Add(reader.GetString(0));
        }

        return units;
    }

    /// <summary>
    /// The units of the month whose rows were stored from a whole ledger, not from their own return: the last file stored
    /// for the month that held the unit's rows (ingest_log: a whole ledger, return_unit NULL, or the unit's own return)
    /// was a whole ledger. Not the file name: units that send the office's template back under one name
    /// (县教育局/2024年6月改革任务台账.xlsx, 县财政局/…) are each their own return, stored under the same name. Rows with no
    /// file logged (written to the database by other means) count as from a whole ledger when their file holds
    /// several units' tasks.
    /// </summary>
    private static async Task<int> UnitsFromWholeLedgerAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH month_rows AS (
                SELECT source_file, coalesce(lead_unit, $none) AS unit FROM snapshots WHERE ledger = $ledger AND report_month = $month
            ),
            units AS (SELECT DISTINCT unit FROM month_rows),
            last_stored AS (
                SELECT u.unit, arg_max(coalesce(l.return_unit, ''), l.run_id) AS return_unit
                FROM units u
                JOIN ingest_log l ON l.ledger = $ledger AND l.report_month = $month AND l.outcome = 'ingested'
                 AND (l.return_unit IS NULL OR l.return_unit = u.unit)
                GROUP BY u.unit
            ),
            ledger_files AS (SELECT source_file FROM month_rows GROUP BY source_file HAVING count(DISTINCT unit) > 1)
            SELECT count(*)::INTEGER
            FROM units u LEFT JOIN last_stored s USING (unit)
            WHERE s.return_unit = ''
               OR (s.unit IS NULL AND u.unit IN (SELECT unit FROM month_rows WHERE source_file IN (SELECT source_file FROM ledger_files)))
            """;
        Bind(command, ledger, month);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is int n ? n : 0;
    }

    /// <summary>Whether the month before is stored in the same ledger year: who owes a return is known from it.</summary>
    private static async Task<bool> PreviousStoredAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, CancellationToken ct)
    {
        if (month.Month == 1)
        {
            return false;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) > 0 FROM snapshots WHERE ledger = $ledger AND report_month = $previous";
        command.Parameters.Add(new DuckDBParameter("ledger", LedgerNames.Id(ledger)));
        command.Parameters.Add(new DuckDBParameter("previous", month.Previous().FirstDay));
        return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    private static void Bind(DuckDBCommand command, Ledger ledger, ReportMonth month)
    {
        command.Parameters.Add(new DuckDBParameter("none", NoUnit));
        command.Parameters.Add(new DuckDBParameter("ledger", LedgerNames.Id(ledger)));
        command.Parameters.Add(new DuckDBParameter("month", month.FirstDay));
    }
}
