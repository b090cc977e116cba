using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>
/// The encoding a text file was found to be in, how many bytes of byte-order mark to skip, and its display name.
/// <see cref="IsGuess"/> marks UTF-8 chosen because the first 64 KB are plain ASCII: if a later byte is not UTF-8,
/// the file is read again as GB18030 (<see cref="TextEncodingMismatchException"/>).
/// </summary>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength, string Name, bool IsGuess = false);
