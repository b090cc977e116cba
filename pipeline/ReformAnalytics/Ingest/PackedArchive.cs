using System.IO.Compression;
using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using SharpCompress.Archives;
using SharpCompress.Common;
using SharpCompress.Readers;

namespace ReformAnalytics.Ingest;

/// <summary>
/// An archive of returns opened for <see cref="ReturnArchives"/>, whatever its kind: .zip through .NET's own reader (names
/// in GBK or UTF-8, see <see cref="ReturnArchives.EntryName"/>), .rar (RAR 4 and 5, as WinRAR and 360压缩 write them) and
/// .7z through SharpCompress, whose names are Unicode already. Each entry says its declared sizes, so that the run's
/// limits are checked before anything is written; in a solid archive (.7z by default, a solid .rar) an entry has no
/// packed size of its own, and its share of the archive's packed bytes stands for it.
/// </summary>
internal sealed class PackedArchive : IDisposable
{
    /// <summary>The kinds of archive read, by name ending.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".zip", ".rar", ".7z" };

    private readonly ZipArchive? _zip;
    private readonly IArchive? _other;
    private readonly long _fileLength;

    private PackedArchive(ZipArchive? zip, IArchive? other, long fileLength)
    {
        _zip = zip;
        _other = other;
        _fileLength = fileLength;
    }

    public static bool IsArchive(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>Opens <paramref name="path"/>; a broken archive throws <see cref="InvalidDataException"/>, one locked by a password <see cref="PasswordException"/>.</summary>
    public static PackedArchive Open(string path)
    {
        if (Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return new PackedArchive(new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: Encoding.Latin1), null, 0);
        }

        try
        {
            return new PackedArchive(null, ArchiveFactory.OpenArchive(path, new ReaderOptions()), new FileInfo(path).Length);
        }
        catch (Exception e) when (IsFault(e))
        {
            throw Broken(e);
        }
    }

    /// <summary>The files and folders of the archive, in their order there; throws as <see cref="Open"/> does.</summary>
    public IReadOnlyList<PackedEntry> Entries()
    {
        if (_zip is not null)
        {
            return [.. _zip.Entries.Select(e => new PackedEntry(
                ReturnArchives.EntryName(e.FullName), e.FullName.EndsWith('/') || e.FullName.EndsWith('\\'), e.IsEncrypted, e.Length, e.CompressedLength, target => e.ExtractToFile(target)))];
        }

        try
        {
            var entries = _other!.Entries.ToList();
            var total = entries.Where(e => !e.IsDirectory).Sum(e => e.Size);
            return [.. entries.Select(e => new PackedEntry(
                e.Key ?? string.Empty, e.IsDirectory, e.IsEncrypted || _other.IsEncrypted, e.Size, PackedShare(e, total), target => Extract(e, target)))];
        }
        catch (Exception e) when (IsFault(e))
        {
            throw Broken(e);
        }
    }

    public void Dispose()
    {
        _zip?.Dispose();
        _other?.Dispose();
    }

    /// <summary>An entry's own packed size, or in a solid archive (none of its own) its share of the archive's bytes.</summary>
    private long PackedShare(IArchiveEntry entry, long total) =>
        entry.CompressedSize > 0 && !entry.IsSolid ? entry.CompressedSize
        : total <= 0 ? _fileLength
        : (long)(entry.Size * (_fileLength / (double)total));

    /// <summary>
    /// Writes the entry to <paramref name="target"/>, never more than its declared size: an entry whose data runs on past
    /// it (a header that lies) is refused as a broken archive rather than written on.
    /// </summary>
    private static void Extract(IArchiveEntry entry, string target)
    {
        try
        {
            using var source = entry.OpenEntryStream();
            using var output = File.Create(target);
            var buffer = new byte[1 << 16];
            var left = entry.Size;
            int read;
            while ((read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left + 1))) > 0)
            {
                if (read > left)
                {
                    throw new InvalidDataException("The entry holds more than its declared size.");
                }

                output.Write(buffer, 0, read);
                left -= read;
            }
        }
        catch (Exception e) when (IsFault(e))
        {
            throw Broken(e);
        }
    }

    private static bool IsFault(Exception e) =>
        e is SharpCompressException or InvalidDataException or EndOfStreamException or NotSupportedException or IndexOutOfRangeException or ArgumentException;

    /// <summary>
    /// What SharpCompress says of a damaged archive, in the form the zip reader says it (<see cref="InvalidDataException"/>),
    /// or of one whose names need a password (<see cref="PasswordException"/>).
    /// </summary>
    private static Exception Broken(Exception e) =>
        e is SharpCompress.Common.CryptographicException ? new PasswordException(e) : e as InvalidDataException ?? new InvalidDataException(e.Message, e);

    /// <summary>An archive that cannot be read without its password (its names hidden, or an entry's data).</summary>
    internal sealed class PasswordException(Exception inner) : Exception(inner.Message, inner);
}
