// TABARI's dictionary files: .project, .actors, .agents, .verbs (with <SYNSETS> and <TIME>), .options.
#include <filesystem>
#include <sstream>

#include "base/file.h"
#include "patterns/dictionary.h"
#include "patterns/reader_util.h"

namespace sitrep::patterns {
namespace {

namespace fs = std::filesystem;

// State of a .actors file: the current entry's synonyms share the code lines that follow.
struct ActorGroup {
  size_t first = 0;
  bool open = false;
};

void AddCodes(PatternDictionary* d, const ActorGroup& g, const std::vector<std::string>& blocks, LineSource& src) {
  for (const std::string& b : blocks) {
    auto code = ParseCodeBlock(b);
    if (!code.ok()) {
      src.Warn(d, code.status().message());
      continue;
    }
    for (size_t i = g.first; i < d->roots.size(); ++i) d->roots[i].codes.push_back(code.value());
  }
}

}  // namespace

void ReadActorLines(LineSource& src, PatternDictionary* d, char comment) {
  RootKind block = RootKind::kActor;
  ActorGroup group;
  for (std::string line; src.Next(&line, comment);) {
    std::string t = Trim(line);
    if (t == "<NOUN>") block = RootKind::kNoun;
    else if (t == "<ADJECTIVE>") block = RootKind::kAdjective;
    else if (t == "</NOUN>" || t == "</ADJECTIVE>") block = RootKind::kActor;
    else if (block != RootKind::kActor) AddRoot(d, src, block, t, {});
    else if (t[0] == '[') { if (group.open) AddCodes(d, group, SplitCodes(t).blocks, src); }
    else if (t[0] == '+') {  // a synonym shares the codes given so far, and those that follow
      if (group.open) AddRoot(d, src, RootKind::kActor, t.substr(1), d->roots[group.first].codes);
    }
    else {
      CodedLine cl = SplitCodes(t);
      group.first = d->roots.size();
      group.open = AddRoot(d, src, RootKind::kActor, cl.head, {});
      if (group.open) AddCodes(d, group, cl.blocks, src);
    }
  }
}

namespace {

void ReadAgents(LineSource& src, PatternDictionary* d) {
  for (std::string line; src.Next(&line, ';');) {
    CodedLine cl = SplitCodes(Trim(line));
    if (cl.blocks.empty()) {
      src.Warn(d, "an agent without a code");
      continue;
    }
    auto code = ParseCodeBlock(cl.blocks[0]);
    if (!code.ok()) src.Warn(d, code.status().message());
    else AddRoot(d, src, RootKind::kAgent, cl.head, {code.value()});
  }
}

void ReadSynsetMember(LineSource& src, PatternDictionary* d, const std::string& name, const std::string& t) {
  auto p = ParsePhrase(t, d->dialect, false);
  if (!p.ok()) src.Warn(d, p.status().message());
  else d->synsets[name].push_back(std::move(p).value());
}

void ReadVerbs(LineSource& src, PatternDictionary* d) {
  enum { kVerbs, kSynsets, kTime } block = kVerbs;
  std::string synset;
  int verb = -1;
  for (std::string line; src.Next(&line, ';');) {
    std::string t = Trim(line);
    if (t == "<SYNSETS>") block = kSynsets;
    else if (t == "<TIME>") block = kTime;
    else if (t == "</SYNSETS>" || t == "</TIME>") block = kVerbs;
    else if (block == kSynsets && t[0] == '&') synset = Upper(Trim(t.substr(1)));
    else if (block == kSynsets && t[0] == '+' && !synset.empty()) ReadSynsetMember(src, d, synset, t.substr(1));
    else if (block == kTime && t[0] != '-') {
      CodedLine cl = SplitCodes(t);
      auto code = cl.blocks.empty() ? Result<DatedCode>(Status::Error("a time phrase without a code"))
                                    : ParseCodeBlock(cl.blocks[0]);
      if (code.ok()) AddRoot(d, src, RootKind::kTime, cl.head, {code.value()});
      else src.Warn(d, code.status().message());
    } else if (block == kVerbs && t[0] == '-' && verb >= 0) AddPattern(d, src, verb, t.substr(1));
    else if (block == kVerbs && t[0] == '{' && verb >= 0) AddVerbForms(d, src, verb, t);
    else if (block == kVerbs && t[0] != '-' && t[0] != '{') verb = AddVerb(d, src, t);
  }
}

void ReadOptions(LineSource& src, PatternDictionary* d) {
  for (std::string line; src.Next(&line, '\0');) {
    std::string t = Upper(Trim(line));
    if (t.rfind("//", 0) == 0 || t.rfind("~~", 0) == 0) continue;
    ApplyOption(t, &d->options);
  }
}


}  // namespace

Status ReadTabariText(std::string_view kind, std::string_view text, std::string_view file, PatternDictionary* d) {
  LineSource src(text, file);
  if (kind == "actors") ReadActorLines(src, d, ';');
  else if (kind == "agents") ReadAgents(src, d);
  else if (kind == "verbs") ReadVerbs(src, d);
  else if (kind == "options") ReadOptions(src, d);
  else return Status::Error("unknown TABARI dictionary kind '" + std::string(kind) + "'");
  d->sources.emplace_back(file);
  return Status::Ok();
}

Result<PatternDictionary> ReadTabariProject(const std::string& project_file) {
  auto text = ReadFile(project_file);
  if (!text.ok()) return text.status();
  PatternDictionary d;
  d.dialect = Dialect::kTabari;
  d.options.min_words = 8;
  fs::path dir = fs::path(project_file).parent_path();
  std::istringstream in(text.value());
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    static const std::pair<const char*, const char*> kFiles[] = {
        {"<actorsfile>", "actors"}, {"<verbsfile>", "verbs"}, {"<agentsfile>", "agents"}, {"<optionsfile>", "options"}};
    for (const auto& [tag, kind] : kFiles) {
      if (line.rfind(tag, 0) != 0) continue;
      fs::path file = dir / Trim(line.substr(std::string_view(tag).size()));
      auto body = ReadFile(file.string());
      if (!body.ok()) return Status::Error(project_file + ":" + std::to_string(n) + ": " + body.status().message());
      SITREP_RETURN_IF_ERROR(ReadTabariText(kind, body.value(), file.string(), &d));
    }
  }
  if (d.sources.empty()) return Status::Error(project_file + ": names no dictionary (<actorsfile>, <verbsfile>, ...)");
  FinishDictionary(&d);
  return d;
}

}  // namespace sitrep::patterns
