import 'fake-indexeddb/auto';
import { catalogueStoreSuite } from '../../support/catalogue-store-suite.ts';

catalogueStoreSuite();
