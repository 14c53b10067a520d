// The peer for the first-screen row: a Node.js program that asks one question with @inquirer/prompts,
// as a small interactive CLI would. bench/bench.py starts it in a pseudo-terminal and stops the clock
// when the question is on the screen, the same way it times the tool's first screen.
import { select } from '@inquirer/prompts';

const answer = await select({
  message: 'How often does the client contact you outside your working hours?',
  choices: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'].map((name) => ({ name, value: name.toLowerCase() })),
});
console.log(answer);
