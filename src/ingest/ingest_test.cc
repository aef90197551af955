#include "ingest/ingest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep {
namespace {

struct Collect : DocumentSink {
  std::vector<Document> docs;
  std::vector<IngestError> errors;
  bool keep_going = true;
  void OnDocument(Document d) override { docs.push_back(std::move(d)); }
  bool OnError(const IngestError& e) override {
    errors.push_back(e);
    return keep_going;
  }
};

TEST(WireText, ReadsDateTitleAndBody) {
  long line = 0;
  auto d = ParseWireText(" date 2025-12-14 A title\n\nFirst para.\n\nSecond.\n\n\n", "dir/000_x.txt", {}, &line);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().id, "000_x");
  EXPECT_EQ(d.value().date, "2025-12-14");
  EXPECT_EQ(d.value().title, "A title");
  EXPECT_EQ(d.value().text, "First para.\n\nSecond.");
}

TEST(WireText, AcceptsBomCrlfAndNbspBlankLines) {
  long line = 0;
  auto d = ParseWireText("\xEF\xBB\xBF" "date 2025-01-02 T\r\n\xC2\xA0\r\nBody\xC2\xA0text.\r\n", "a.txt", {}, &line);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().text, "Body\xC2\xA0text.");
}

TEST(WireText, RejectsBadDatesAndMissingBodies) {
  long line = 0;
  EXPECT_FALSE(ParseWireText("date 2025-02-30 T\n\nBody", "a.txt", {}, &line).ok());
  EXPECT_FALSE(ParseWireText("hello\n\nBody", "a.txt", {}, &line).ok());
  EXPECT_FALSE(ParseWireText("date 2025-02-03 T\n\n\n", "a.txt", {}, &line).ok());
  EXPECT_FALSE(ParseWireText("date 2025-02-03 T\n\nBad \xFF byte", "a.txt", {}, &line).ok());
}

TEST(JsonLines, CorruptRecordsAreReportedAndSkipped) {
  std::istringstream in(
      "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"One.\"}\n"
      "not json\n"
      "{\"id\":\"b\",\"date\":\"2025-01-01\"}\n"
      "{\"id\":\"c\",\"date\":\"yesterday\",\"text\":\"x\"}\n"
      "\n"
      "{\"id\":\"d\",\"date\":\"2025-01-01T08:00:00Z\",\"text\":\"Two.\",\"title\":null}\n");
  Collect sink;
  ASSERT_TRUE(ReadJsonLines(in, "in.jsonl", {}, &sink).ok());
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[1].id, "d");
  EXPECT_EQ(sink.docs[1].date, "2025-01-01");
  ASSERT_EQ(sink.errors.size(), 3u);
  EXPECT_EQ(sink.errors[0].line, 2);
  EXPECT_EQ(sink.errors[1].line, 3);
  EXPECT_NE(sink.errors[1].reason.find("text"), std::string::npos);
  EXPECT_EQ(sink.errors[2].file, "in.jsonl");
}

TEST(JsonLines, StrictStopsAtTheFirstBadRecord) {
  std::istringstream in("{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"x\"}\n[1]\n{\"id\":\"b\",\"date\":\"2025-01-01\",\"text\":\"y\"}\n");
  Collect sink;
  sink.keep_going = false;
  EXPECT_FALSE(ReadJsonLines(in, "in.jsonl", {}, &sink).ok());
  EXPECT_EQ(sink.docs.size(), 1u);
}

TEST(JsonLines, OversizedRecordsAreSkipped) {
  IngestOptions small;
  small.max_document_bytes = 10;
  EXPECT_FALSE(ParseJsonLine("{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"0123456789abc\"}", small).ok());
}

TEST(Inputs, DirectoriesAreReadInSortedOrderAndMissingFilesReported) {
  auto dir = std::filesystem::temp_directory_path() / "sitrep_ingest_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "date 2025-01-02 B\n\nBody b.";
  std::ofstream(dir / "sub" / "a.jsonl") << "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"Body a.\"}\n";
  std::ofstream(dir / "c.txt") << "broken";
  std::ofstream(dir / "ignored.md") << "x";
  Collect sink;
  ASSERT_TRUE(ReadInputs({dir.string(), (dir / "missing.txt").string()}, {}, &sink).ok());
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[0].id, "b");
  EXPECT_EQ(sink.docs[1].id, "a");
  ASSERT_EQ(sink.errors.size(), 2u);
  EXPECT_NE(sink.errors[0].file.find("c.txt"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep
