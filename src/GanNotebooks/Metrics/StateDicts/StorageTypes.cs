using static TorchSharp.torch;

namespace GanNotebooks.Metrics.StateDicts;

/// <summary>The storage classes a state dict names, their element sizes and tensor types.</summary>
internal static class StorageTypes
{
    /// <summary>Bytes per element of a storage class, or 0 when the class is unknown.</summary>
    public static int ElementSize(string storageType) => storageType switch
    {
        "torch.FloatStorage" or "torch.IntStorage" => 4,
        "torch.DoubleStorage" or "torch.LongStorage" => 8,
        "torch.HalfStorage" or "torch.BFloat16Storage" or "torch.ShortStorage" => 2,
        "torch.CharStorage" or "torch.ByteStorage" or "torch.BoolStorage" => 1,
        _ => 0,
    };

    /// <summary>
    /// Turns raw little-endian storage bytes into a one-dimensional tensor.
    /// NOTE: only the element types state dicts of float models hold are converted; half
    /// precision and the small integer types give an error naming the type.
    /// </summary>
    public static Tensor ToTensor(string storageType, byte[] bytes) => storageType switch
    {
        "torch.FloatStorage" => tensor(Convert<float>(bytes)),
        "torch.DoubleStorage" => tensor(Convert<double>(bytes)),
        "torch.LongStorage" => tensor(Convert<long>(bytes)),
        "torch.IntStorage" => tensor(Convert<int>(bytes)),
        _ => throw new PickleException(
            $"storage type {storageType} is not supported; save the weights as float32"),
    };

    private static T[] Convert<T>(byte[] bytes)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Reading weights needs a little-endian CPU.");
        }
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(bytes).ToArray();
    }
}
