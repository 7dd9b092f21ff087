import { roleTable } from './role-table.js';

/**
 * A participle whose "by" agent follows a result phrase ("shot dead by", "stabbed to death by") is passive, so the
 * agent is its doer (src/code/voice.ts `agentAfter`); our own sentences.
 */
roleTable('agent after a result phrase', [
  { text: 'The suspect – shot dead by police – had fled the scene.', trigger: 'shot', actor: 'police' },
  { text: 'The gunman, shot dead by soldiers at the gate, was later identified.', trigger: 'shot', actor: 'soldiers', recipient: 'gunman' },
  { text: 'A farmer was hacked to death by militants near the village.', trigger: 'hacked', actor: 'militants', recipient: 'farmer' },
  // an active verb with its own subject keeps it
  { text: 'Police shot dead two robbers near the bank.', trigger: 'shot', actor: 'Police' },
]);
