using GanNotebooks.Data;
using GanNotebooks.Metrics.StateDicts;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// Loads a PyTorch state dict (.pth, as torch.save writes it) into a TorchSharp module, without
/// executing anything in the file, and checks that its keys and shapes match the module's.
/// </summary>
public static class StateDictLoader
{
    /// <summary>
    /// Reads <paramref name="path"/> and copies each tensor into the module's parameter or
    /// buffer of the same name. Every key of the module must be in the file with the same shape,
    /// and every key of the file must be in the module, except BatchNorm's num_batches_tracked
    /// counters, which may be missing and are then left as they are.
    /// </summary>
    /// <param name="module">
    /// The module to fill; its state is changed only when the whole file matches.
    /// </param>
    /// <param name="path">The state dict file, zip or legacy format.</param>
    /// <exception cref="DataFileException">
    /// The file is missing, truncated, damaged, holds something other than tensors, names a
    /// Python global other than the few a state dict needs, or its first mismatching key or
    /// shape differs from the module's. The message names the file and the problem.
    /// </exception>
    public static void Load(nn.Module module, string path)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new DataFileException(path, $"{path}: weight file not found.");
        }

        List<(string Key, Tensor Value)> tensors;
        try
        {
            tensors = TorchFileReader.Read(path);
        }
        // NOTE: every failure while decoding the file's bytes, whatever its type, is reported as
        // a damaged file: the bytes may be hostile, and the caller needs one exception to handle.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DataFileException(path, $"{path}: cannot read the state dict: {e.Message}.", e);
        }

        try
        {
            CopyInto(module, path, tensors);
        }
        finally
        {
            foreach (var (_, value) in tensors)
            {
                value.Dispose();
            }
        }
    }

    private static void CopyInto(nn.Module module, string path, List<(string Key, Tensor Value)> tensors)
    {
        var expected = module.state_dict();
        var found = new Dictionary<string, Tensor>();
        foreach (var (key, value) in tensors)
        {
            if (!expected.ContainsKey(key))
            {
                throw Mismatch(path, $"the file has key '{key}', which the model does not have");
            }
            found[key] = value;
        }

        foreach (var (key, target) in expected)
        {
            if (!found.TryGetValue(key, out var value))
            {
                if (key.EndsWith("num_batches_tracked"))
                {
                    continue;
                }
                throw Mismatch(path, $"key '{key}' is missing from the file");
            }
            if (!value.shape.SequenceEqual(target.shape))
            {
                throw Mismatch(
                    path, $"key '{key}' should be shaped [{string.Join(", ", target.shape)}], "
                    + $"the file has [{string.Join(", ", value.shape)}]");
            }
            if (value.is_floating_point() != target.is_floating_point())
            {
                throw Mismatch(
                    path, $"key '{key}' should be {target.dtype}, the file has {value.dtype}");
            }
        }

        using var noGrad = no_grad();
        foreach (var (key, target) in expected)
        {
            if (found.TryGetValue(key, out var value))
            {
                target.copy_(value);
            }
        }
    }

    private static DataFileException Mismatch(string path, string problem) =>
        new(path, $"{path}: the state dict does not match the model: {problem}.");
}
