using System.Security.Cryptography;

namespace GanNotebooks.Data;

/// <summary>Compares a file's SHA-256 with the value a checksum list gives its name.</summary>
internal static class Sha256Check
{
    /// <summary>Throws unless <paramref name="path"/> hashes to its expected value.</summary>
    /// <param name="path">The file to hash, byte for byte as it lies on disk.</param>
    /// <param name="expected">Lower-case hex SHA-256 keyed by file name (no folder).</param>
    public static void Verify(string path, IReadOnlyDictionary<string, string> expected)
    {
        string name = Path.GetFileName(path);
        if (!expected.TryGetValue(name, out string? expectedHash))
        {
            throw new DataFileException(path,
                $"'{path}' has no expected SHA-256: the checksum list knows "
                + $"{string.Join(", ", expected.Keys.Order(StringComparer.Ordinal))}, found a "
                + "file named otherwise. Load other data with ImageDataset.Load(folder, split), "
                + "which checks the format but not the hashes.");
        }

        string actualHash;
        using (FileStream file = File.OpenRead(path))
        {
            actualHash = Convert.ToHexStringLower(SHA256.HashData(file));
        }

        if (!string.Equals(actualHash, expectedHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFileException(path,
                $"'{path}' failed its SHA-256 check: expected {expectedHash.ToLowerInvariant()}, "
                + $"found {actualHash}. The file is damaged or is not the one the list describes; "
                + "restore it (see data/README.md), or load other data with "
                + "ImageDataset.Load(folder, split), which skips the check.");
        }
    }
}
