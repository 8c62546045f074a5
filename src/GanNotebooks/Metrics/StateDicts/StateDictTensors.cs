using static TorchSharp.torch;

namespace GanNotebooks.Metrics.StateDicts;

/// <summary>Turns an unpickled state dict and its loaded storages into named tensors.</summary>
internal static class StateDictTensors
{
    /// <summary>Checks that the root is a dict of tensors and builds each tensor's view.</summary>
    /// <param name="root">The unpickled object.</param>
    /// <param name="storages">The storages by key, as one-dimensional tensors.</param>
    /// <returns>Contiguous tensors by name, in the file's order; storages are disposed.</returns>
    public static List<(string Key, Tensor Value)> Collect(
        object? root, Dictionary<string, Tensor> storages)
    {
        try
        {
            if (root is not PickleDict dict)
            {
                throw new PickleException(
                    $"the file holds a {PickleReader.Describe(root)}, expected a state dict");
            }

            var tensors = new List<(string, Tensor)>(dict.Count);
            foreach (var (key, value) in dict.Entries)
            {
                if (key is not string name || value is not TensorRef reference)
                {
                    throw new PickleException(
                        $"entry '{key}' holds a {PickleReader.Describe(value)}, expected a tensor");
                }
                if (!storages.TryGetValue(reference.Storage.Key, out var storage))
                {
                    throw new PickleException(
                        $"tensor '{name}' views storage '{reference.Storage.Key}', "
                        + "which the file lacks");
                }
                tensors.Add((name, View(name, reference, storage)));
            }
            return tensors;
        }
        finally
        {
            foreach (var storage in storages.Values)
            {
                storage.Dispose();
            }
        }
    }

    private static Tensor View(string name, TensorRef reference, Tensor storage)
    {
        var (offset, size, stride) = (reference.Offset, reference.Size, reference.Stride);
        if (size.Length != stride.Length || offset < 0 || size.Any(s => s < 0) || stride.Any(s => s < 0))
        {
            throw new PickleException(
                $"tensor '{name}' has a negative or mismatched offset, size or stride");
        }

        // The furthest element the view touches must lie inside its storage, or as_strided
        // would read memory that is not the storage's.
        long last = offset;
        bool empty = size.Any(s => s == 0);
        for (int d = 0; d < size.Length && !empty; d++)
        {
            last = checked(last + (size[d] - 1) * stride[d]);
        }
        if (!empty && last >= storage.shape[0])
        {
            throw new PickleException(
                $"tensor '{name}' reaches element {last} of a storage of {storage.shape[0]}");
        }

        return storage.as_strided(size, stride, offset).contiguous();
    }
}
