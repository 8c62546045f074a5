using static TorchSharp.torch;

namespace GanNotebooks.Tests.Data;

/// <summary>Assertions on whole tensors.</summary>
internal static class TensorAssert
{
    /// <summary>Passes when both tensors have the same shape and every element is equal.</summary>
    public static void Identical(Tensor expected, Tensor actual)
    {
        Assert.Equal(expected.shape, actual.shape);
        using Tensor same = expected.eq(actual).all();
        Assert.True(same.item<bool>(), "tensors differ in at least one element");
    }
}
