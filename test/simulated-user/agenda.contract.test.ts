import { createRng } from '../../src/util/rng.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import { userContract } from '../contracts/user.contract.js';

userContract('agenda', (seed) => createAgendaUser({ seed }));
userContract('agenda (seeded with an Rng)', (seed) => createAgendaUser({ seed: createRng(seed).fork('user') }));
