using System.Text.Json;

namespace ReformAnalytics.Lake;

/// <summary>
/// Moves a run's staged partitions into the lake so that the lake changes all at once or not at all.
/// Each target partition that exists is first moved to <c>.backup/RUN/</c>; the staged one takes its place, or, for a
/// partition the run removes (<c>reform remove</c>), nothing does.
/// A journal (<c>.journal</c>) lists the moves while they happen: <see cref="RecoverIfInterrupted"/> undoes
/// a commit that a crash cut short. <see cref="Rollback"/> undoes an applied commit (the database
/// transaction failed); <see cref="Complete"/> drops the backups once the database has committed.
/// </summary>
public sealed class LakeCommit
{
    private readonly LakeLayout _layout;
    private readonly string _runId;
    private readonly IReadOnlyList<string> _partitions;
    private readonly HashSet<string> _removed;
    private readonly List<string> _applied = [];

    /// <param name="relativePartitions">The partitions the run writes (staged first) or removes.</param>
    /// <param name="removed">Those of them the run removes: nothing is staged for them.</param>
    public LakeCommit(LakeLayout layout, string runId, IReadOnlyList<string> relativePartitions, IReadOnlyCollection<string>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(relativePartitions);
        _layout = layout;
        _runId = runId;
        _partitions = relativePartitions;
        _removed = new HashSet<string>(removed ?? [], StringComparer.Ordinal);
    }

    public string StagingDir => Path.Combine(_layout.StagingRoot, _runId);

    private string BackupDir => Path.Combine(_layout.BackupRoot, _runId);

    /// <summary>Path of a staged file, e.g. StagedPath(LakeLayout.SnapshotPartition(…)).</summary>
    public string StagedPath(string relativePartition) => Path.Combine(StagingDir, relativePartition, LakeLayout.PartFile);

    public void Apply(Action<string>? afterEachMove = null)
    {
        File.WriteAllText(_layout.JournalPath, JsonSerializer.Serialize(new Journal(_runId, [.. _partitions], [.. _removed])));
        foreach (var rel in _partitions)
        {
            var target = Path.Combine(_layout.Root, rel);
            var staged = Path.Combine(StagingDir, rel);
            if (Directory.Exists(target))
            {
                var backup = Path.Combine(BackupDir, rel);
                Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
                Directory.Move(target, backup);
            }

            _applied.Add(rel);
            if (!_removed.Contains(rel))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                Directory.Move(staged, target);
            }

            afterEachMove?.Invoke(rel);
        }
    }

    public void Rollback()
    {
        for (var i = _applied.Count - 1; i >= 0; i--)
        {
            Restore(_layout, _runId, _applied[i], _removed.Contains(_applied[i]));
        }

        _applied.Clear();
        Cleanup();
    }

    public void Complete() => Cleanup();

    /// <summary>Drops the staging area of a run that never reached <see cref="Apply"/>.</summary>
    public void Abandon() => Cleanup();

    /// <summary>
    /// Undoes a commit that was interrupted (a journal is left): the lake goes back to the state before
    /// that run. Returns true when something was undone; the database must then be rebuilt from the lake.
    /// </summary>
    public static bool RecoverIfInterrupted(LakeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!File.Exists(layout.JournalPath))
        {
            return false;
        }

        var journal = JsonSerializer.Deserialize<Journal>(File.ReadAllText(layout.JournalPath))
            ?? throw new InvalidDataException("数据湖的提交日志 .journal 已损坏，请检查后删除。");
        var removed = journal.Removed ?? [];
        foreach (var rel in journal.Partitions.AsEnumerable().Reverse())
        {
            Restore(layout, journal.RunId, rel, removed.Contains(rel));
        }

        new LakeCommit(layout, journal.RunId, []).Cleanup();
        return true;
    }

    private static void Restore(LakeLayout layout, string runId, string rel, bool removed)
    {
        var target = Path.Combine(layout.Root, rel);
        var backup = Path.Combine(layout.BackupRoot, runId, rel);
        var staged = Path.Combine(layout.StagingRoot, runId, rel);
        if (Directory.Exists(backup))
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(backup, target);
        }
        else if (!removed && Directory.Exists(target) && !Directory.Exists(staged))
        {
            // The target was new in this run (nothing backed up) and was moved in: remove it.
            Directory.Delete(target, recursive: true);
        }
    }

    private void Cleanup()
    {
        // The journal goes first: once it is gone the run counts as committed (or undone), and what
        // is left of staging and backups is only litter.
        if (File.Exists(_layout.JournalPath))
        {
            File.Delete(_layout.JournalPath);
        }

        foreach (var dir in new[] { StagingDir, BackupDir })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        // The .staging and .backup folders themselves go too once no run uses them, so the lake shows only data.
        foreach (var root in new[] { _layout.StagingRoot, _layout.BackupRoot })
        {
            if (Directory.Exists(root) && !Directory.EnumerateFileSystemEntries(root).Any())
            {
                Directory.Delete(root);
            }
        }
    }

    /// <summary>The journal of a commit; <c>Removed</c> is absent from journals written before removals existed.</summary>
    private sealed record Journal(string RunId, List<string> Partitions, List<string>? Removed);
}
