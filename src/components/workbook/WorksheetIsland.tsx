// The island for "worksheet" exercises.
import { worksheet } from '../../workbook/kinds/worksheet';
import { exerciseIsland } from './island';
import { Worksheet } from './worksheet/Worksheet';

export default exerciseIsland(worksheet, Worksheet);
