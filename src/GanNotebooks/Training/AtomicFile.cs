namespace GanNotebooks.Training;

/// <summary>
/// Replaces a file so that readers see either the old content or the complete new one: the
/// content goes to a temporary file in the same folder, is flushed to the disk, and is then
/// renamed over the target in one step.
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of the temporary file, which lives beside the target.</summary>
    public const string TemporarySuffix = ".partial";

    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content; it must not close the stream.</param>
    /// <exception cref="IOException">Writing failed; the previous file, if any, is untouched.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);

        // A temporary file left by an earlier crash is simply overwritten.
        string temporary = full + TemporarySuffix;
        try
        {
            using (var stream = new FileStream(
                temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // NOTE: a temporary file that cannot be removed is harmless: the next write replaces it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
