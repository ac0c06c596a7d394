using AngleSharp.Dom;

namespace Faultline.Ingest;

/// <summary>Iterative tree walks: pages nested 100,000 deep must not overflow the stack, and
/// AngleSharp's NextSibling is linear in the number of siblings, so we index child lists instead.</summary>
internal static class DomWalk
{
    /// <summary>Elements under <paramref name="root"/> in document order (root excluded).</summary>
    public static IEnumerable<IElement> Descendants(INode root, Func<IElement, bool>? descendInto = null)
    {
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length) continue;
            stack.Push((node, next + 1));
            if (children[next] is IElement child)
            {
                yield return child;
                if (descendInto is null || descendInto(child)) stack.Push((child, 0));
            }
        }
    }
}
