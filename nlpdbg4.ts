import { nlpEntitySpansBatch } from './src/nlp.js';
const pairs = [
  ['After the match the coach remarked, "It was luck. Winning is grand. "I will give you two hours, and then I will', 'Keiko Marsh accepted the offer from Norvex Systems.'],
  ['I scarce was sure I heard you “--here I opened wide the door;---- I kept thinking about it', 'Keiko Marsh accepted the offer from Norvex Systems.'],
  ['“He must have a romantic nature,” said the Halden clerk, “for he said that behind my back', 'Keiko Marsh accepted the offer from Norvex Systems.'],
];
for (const [a, b] of pairs) {
  const together = nlpEntitySpansBatch([a, b]);
  console.log(JSON.stringify(together) === JSON.stringify([nlpEntitySpansBatch([a])[0], nlpEntitySpansBatch([b])[0]]));
}
