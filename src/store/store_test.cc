#include "store/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

namespace sitrep {
namespace {

std::string TempDb(const char* name) {
  auto p = std::filesystem::temp_directory_path() / name;
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + ext);
  return p.string();
}

Document Doc(int i) { return {"doc" + std::to_string(i), "2025-01-01", "T", "Text " + std::to_string(i), "", "", ""}; }

std::vector<Event> Events(const Document& d) {
  Event e;
  e.event_id = d.id + "#1";
  e.doc_id = d.id;
  e.type = "ASSAULT";
  e.cameo = "190";
  e.date.start = e.date.end = "2025-01-01";
  Actor a;
  a.country = "SYR";
  a.sector = "MIL";
  e.source.push_back(a);
  return {e};
}

TEST(Store, ReingestingTheSameInputAddsNothing) {
  std::string path = TempDb("sitrep_store_idem.db");
  for (int run = 0; run < 2; ++run) {
    auto s = Store::Open(path, 3);
    ASSERT_TRUE(s.ok()) << s.status().message();
    for (int i = 0; i < 10; ++i) {
      Document d = Doc(i);
      ASSERT_TRUE(s.value()->Add(d, DocumentHash(d), Events(d)).ok());
    }
    ASSERT_TRUE(s.value()->Commit().ok());
    EXPECT_EQ(s.value()->CountEvents(), 10);
  }
  auto s = Store::Open(path);
  auto rows = s.value()->Query({"", "", "SYR", "ASSAULT", 100});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows.value().size(), 10u);
}

TEST(Store, AKilledRunLeavesAConsistentDatabaseAndARerunCompletesIt) {
  std::string path = TempDb("sitrep_store_kill.db");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto s = Store::Open(path, 4);
    for (int i = 0; i < 10; ++i) {
      Document d = Doc(i);
      (void)s.value()->Add(d, DocumentHash(d), Events(d));
      if (i == 6) raise(SIGKILL);  // mid-batch: documents 4..6 are uncommitted
    }
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  {
    auto s = Store::Open(path, 4);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.value()->CountEvents(), 4);  // whole documents only
    for (int i = 0; i < 10; ++i) {
      Document d = Doc(i);
      ASSERT_TRUE(s.value()->Add(d, DocumentHash(d), Events(d)).ok());
    }
    ASSERT_TRUE(s.value()->Commit().ok());
    EXPECT_EQ(s.value()->CountEvents(), 10);
  }
}

TEST(Store, HashDependsOnContent) {
  Document a = Doc(1), b = Doc(1);
  EXPECT_EQ(DocumentHash(a), DocumentHash(b));
  b.text += " ";
  EXPECT_NE(DocumentHash(a), DocumentHash(b));
}

}  // namespace
}  // namespace sitrep
