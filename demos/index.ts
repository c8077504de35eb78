/** Every demo the workshop serves. Add a file and list it here to add a demo or an exercise. */
import type { DemoDefinition } from '../server/src/demo-definition';
import { exerciseDemos } from './exercises';
import { multiAgentDemo } from './multi-agent';
import { persistenceDemo } from './persistence';
import { preferencesDemo } from './preferences';

/** The declared demos that `startWorkshop`, `--demo` and WORKSHOP_DEMOS choose from. */
export const demos: DemoDefinition[] = [preferencesDemo, persistenceDemo, multiAgentDemo, ...exerciseDemos];
