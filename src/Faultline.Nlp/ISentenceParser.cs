using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>Something that parses the tagged tokens [first, end) of a document in place (Head, Deprel): one parser model
/// (<see cref="DependencyParser"/>) or several voting (<see cref="ParserVote"/>).</summary>
public interface ISentenceParser
{
    void Parse(string text, Token[] tokens, int first, int end);
}
