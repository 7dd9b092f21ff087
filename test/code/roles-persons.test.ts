import { roleTable } from './role-table.js';

/** Roles with plain person names, passive agents, "-led" and weapon-then-attack attackers, victims who died in an attack (our own sentences). */
roleTable('person roles', [
  { text: 'Gunmen shot dead Juan Perez outside his shop in Cali on Monday.', trigger: 'shot', actor: 'Gunmen', recipient: 'Juan Perez' },
  { text: 'Maria Lopez, a teacher, was abducted by armed men in Tumaco.', trigger: 'abducted', actor: 'armed men', recipient: 'Maria Lopez' },
  { text: 'The driver, Ahmed Karimi, was almost killed by the blast.', trigger: 'killed', recipient: 'Ahmed Karimi' },
  { text: 'Five villagers were brutally killed by dozens of militants near Beni.', trigger: 'killed', actor: 'militants', recipient: 'villagers' },
  { text: 'Carlos Rivas was killed at the hands of gunmen in Cali.', trigger: 'killed', actor: 'gunmen', recipient: 'Carlos Rivas' },
  { text: 'The United States-led bombing campaign killed 20 fighters near Raqqa.', trigger: 'bombing', actor: 'United States' },
  { text: 'Police said journalist Hamid Mirza was beaten by soldiers.', trigger: 'beaten', actor: 'soldiers', recipient: 'Hamid Mirza' },
  { text: 'Soldiers stopped Pedro Gomez at a checkpoint. They shot him in the leg.', trigger: 'shot', recipient: 'Pedro Gomez' },
  { text: 'A Russian missile attack on the port killed two workers.', trigger: 'missile attack', actor: 'Russian' },
  { text: 'A Russian missile and drone attack hit the power plant.', trigger: 'drone attack', actor: 'Russian' },
  { text: 'Five soldiers died in a Taliban attack on their post.', trigger: 'attack', actor: 'Taliban', recipient: 'Five soldiers' },
  { text: 'Two children perished in the Israeli airstrike on the camp.', trigger: 'airstrike', recipient: 'Two children' },
  { text: 'The supplies were blocked by Russia, which will not stop bombing the town.', trigger: 'bombing', actor: 'Russia' },
  { text: 'Rebels kept shelling the town on Sunday.', trigger: 'shelling', actor: 'Rebels' },
  { text: 'The army retook three villages with siege tactics, shelling and starving civilians until they left.', trigger: 'shelling', actor: 'army' },
]);
