#include <gtest/gtest.h>

#include <sstream>

#include "parse/conllu.h"
#include "parse/model.h"
#include "parse/ud_words.h"
#include "parse/perceptron.h"

namespace sitrep {
namespace {

const char* kToy = R"(# text = Troops attacked the base.
1	Troops	troop	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	base	base	NOUN	NN	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

# text = Rebels seized the town.
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	seized	seize	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

# text = Police don't shoot.
1	Police	police	NOUN	NNS	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	shoot	shoot	VERB	VB	_	0	root	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

)";

std::vector<ConlluSentence> Toy() {
  std::istringstream in(kToy);
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  long line = 0;
  while (true) {
    auto r = ReadConllu(in, &s, &line);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (!r.ok() || !r.value()) break;
    out.push_back(s);
  }
  return out;
}

TEST(Conllu, ReadsAndWritesBackMultiwordTokens) {
  auto toy = Toy();
  ASSERT_EQ(toy.size(), 3u);
  EXPECT_EQ(toy[2].words.size(), 5u);
  ASSERT_EQ(toy[2].extra_lines.size(), 1u);
  std::ostringstream out;
  WriteConllu(toy[2], out);
  EXPECT_NE(out.str().find("2-3\tdon't"), std::string::npos);
  EXPECT_NE(out.str().find("4\tshoot\tshoot\tVERB\tVB\t_\t0\troot"), std::string::npos);
}

TEST(Conllu, MalformedLinesAreErrors) {
  std::istringstream in("1\tonly\tthree\n\n");
  ConlluSentence s;
  long line = 0;
  EXPECT_FALSE(ReadConllu(in, &s, &line).ok());
  std::istringstream gap("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n");
  EXPECT_FALSE(ReadConllu(gap, &s, &line).ok());
}

// The class a stored copy of the trainer's averaged model scores highest for `features`.
int StoredBest(const PerceptronTrainer& t, int classes, const std::vector<uint64_t>& features, std::string* bytes) {
  Perceptron p = Perceptron::Build(t.Averaged(0.0f), classes);
  p.Serialize(bytes);
  Perceptron q;
  size_t pos = 0;
  if (!q.Deserialize(*bytes, &pos)) return -1;
  std::vector<float> s;
  q.Score(features, &s);
  return static_cast<int>(std::max_element(s.begin(), s.end()) - s.begin());
}

TEST(Perceptron, StoredModelScoresLikeTheTrainer) {
  PerceptronTrainer t(3);
  std::vector<uint64_t> a = {1, 2, 3}, b = {4, 5};
  for (int i = 0; i < 10; ++i) {
    t.Update(a, 0, 1);
    t.Update(b, 2, 0);
    t.Tick();
  }
  std::string bytes;
  std::vector<float> s1;
  t.Score(a, &s1);
  EXPECT_EQ(StoredBest(t, 3, a, &bytes), std::max_element(s1.begin(), s1.end()) - s1.begin());
  bytes[bytes.size() - 20] = 0x7f;  // a class out of range or a broken run is rejected
  bytes.resize(bytes.size() - 3);
  Perceptron q;
  size_t pos = 0;
  EXPECT_FALSE(q.Deserialize(bytes, &pos));
}

TEST(Perceptron, ManyClassesTakeTwoBytes) {
  PerceptronTrainer t(300);
  std::vector<uint64_t> a = {7, 8};
  for (int i = 0; i < 5; ++i) t.Update(a, 299, 3), t.Tick();
  std::string bytes;
  EXPECT_EQ(StoredBest(t, 300, a, &bytes), 299);
}

class ModelTraining : public ::testing::TestWithParam<int> {};

// Greedy (beam 1, dynamic oracle) and beam search (global training) both learn the toy treebank.
TEST_P(ModelTraining, LearnsAToyTreebankAndIsReproducible) {
  auto toy = Toy();
  std::vector<ConlluSentence> train;
  for (int i = 0; i < 20; ++i) train.insert(train.end(), toy.begin(), toy.end());
  TrainOptions o;
  o.verbose = false;
  o.jackknife = 0;
  o.tagger_epochs = 5;
  o.parser_epochs = 5;
  o.beam = GetParam();
  auto m1 = Model::Train(train, o);
  auto m2 = Model::Train(train, o);
  EXPECT_EQ(m1->Serialize(), m2->Serialize());
  for (const auto& gold : toy) {
    std::vector<ConlluWord> words;
    for (const auto& w : gold.words) words.push_back(ConlluWord{w.form});
    m1->Annotate(&words);
    ParseScores s;
    AddScores(gold.words, words, &s);
    EXPECT_EQ(s.uas, s.words) << gold.comments[0];
    EXPECT_EQ(s.upos, s.words);
    EXPECT_EQ(s.lemma, s.words);
  }
  auto loaded = Model::FromBytes(m1->Serialize());
  ASSERT_TRUE(loaded.ok());
  EXPECT_FALSE(Model::FromBytes("SITREPM3 garbage").ok());
  EXPECT_FALSE(Model::FromBytes("SITREPM1 an older model").ok());
}

INSTANTIATE_TEST_SUITE_P(Beams, ModelTraining, ::testing::Values(1, 4));

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

TEST(UdWords, ContractionsAreTwoWordsAndOneTokenAgain) {
  std::vector<std::string> tokens = {"They", "didn't", "come", "."};
  UdWords w = SplitContractions(tokens);
  ASSERT_EQ(w.words.size(), 5u);
  EXPECT_EQ(w.words[1].form, "did");
  EXPECT_EQ(w.words[2].form, "n't");
  // a parse: They <-nsubj come, did <-aux come, n't <-advmod come, come root, . <-punct come
  int heads[] = {4, 4, 4, 0, 4};
  for (int i = 0; i < 5; ++i) w.words[i].head = heads[i];
  std::vector<ConlluWord> back = WordsToTokens(w, tokens);
  ASSERT_EQ(back.size(), 4u);
  EXPECT_EQ(back[0].head, 3);  // "come" is token 3
  EXPECT_EQ(back[1].head, 3);
  EXPECT_EQ(back[1].form, "didn't");
  EXPECT_EQ(back[2].head, 0);
  auto lines = MultiwordLines(w, tokens);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second.substr(0, 10), "2-3\tdidn't");
}

}  // namespace
}  // namespace sitrep
