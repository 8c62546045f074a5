namespace GanNotebooks.Data;

/// <summary>
/// The file names that MNIST, Fashion-MNIST and other drop-in replacements share, and where a
/// folder's copy of them is found.
/// </summary>
public static class IdxFileNames
{
    /// <summary>The suffix of a gzipped IDX file.</summary>
    public const string GzipSuffix = ".gz";

    /// <summary>The images file of <paramref name="split"/>, without the .gz suffix.</summary>
    /// <param name="split">The split whose file is named.</param>
    /// <returns><c>train-images-idx3-ubyte</c> or <c>t10k-images-idx3-ubyte</c>.</returns>
    public static string Images(DatasetSplit split) => $"{Prefix(split)}-images-idx3-ubyte";

    /// <summary>The labels file of <paramref name="split"/>, without the .gz suffix.</summary>
    /// <param name="split">The split whose file is named.</param>
    /// <returns><c>train-labels-idx1-ubyte</c> or <c>t10k-labels-idx1-ubyte</c>.</returns>
    public static string Labels(DatasetSplit split) => $"{Prefix(split)}-labels-idx1-ubyte";

    /// <summary>
    /// The path of <paramref name="name"/> in <paramref name="folder"/>: the gzipped file when it
    /// exists (the form the repository ships), else the uncompressed one.
    /// </summary>
    internal static string Locate(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            throw new DataFileException(folder,
                $"Data folder '{folder}' not found; expected a folder holding the four IDX files. "
                + HowToGetData);
        }

        string gzipped = Path.Combine(folder, name + GzipSuffix);
        if (File.Exists(gzipped))
        {
            return gzipped;
        }

        string raw = Path.Combine(folder, name);
        if (File.Exists(raw))
        {
            return raw;
        }

        throw new DataFileException(gzipped,
            $"IDX file '{gzipped}' not found (nor '{raw}' uncompressed). " + HowToGetData);
    }

    /// <summary>The hint every missing-data message ends with.</summary>
    internal const string HowToGetData =
        "The repository ships Fashion-MNIST in data/fashion-mnist (see data/README.md); on Debian "
        + "or Ubuntu 'apt-get install dataset-fashion-mnist' puts the same files in "
        + "/usr/share/datasets/fashion-mnist. Any MNIST-style set with the same four file names "
        + "loads too.";

    private static string Prefix(DatasetSplit split) => split switch
    {
        DatasetSplit.Train => "train",
        DatasetSplit.Test => "t10k",
        _ => throw new ArgumentOutOfRangeException(nameof(split), split,
            "Expected DatasetSplit.Train or DatasetSplit.Test."),
    };
}
