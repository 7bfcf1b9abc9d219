// The island for the "ladder" kind: the exposure ladder builder.
import { ladder } from '../../workbook/kinds/ladder';
import { exerciseIsland } from './island';
import { Ladder } from './ladder/Ladder';

export default exerciseIsland(ladder, Ladder);
